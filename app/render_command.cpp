#include "render_command.hpp"

#include "atomic_file.hpp"
#include "cli_args.hpp"
#include "error.hpp"
#include "headless_map.hpp"
#include "render_target.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace ta {

namespace {

// The camera for the options: --size is in image pixels, --pixel-ratio makes the logical view
// smaller, so text, lines and symbols come out larger (a print or slide at a higher scale).
Camera renderCamera(const HeadlessMap& headless, const RenderOptions& opt) {
    Camera camera = headless.cameraFor(opt.map.view, opt.width / opt.pixelRatio, opt.height / opt.pixelRatio);
    camera.pixelRatio = opt.pixelRatio;
    return camera;
}

// The place --select names, as the window draws a selected one; unknown ids are usage errors.
FrameHighlights renderHighlights(const HeadlessMap& headless, const RenderOptions& opt) {
    FrameHighlights highlights;
    if (opt.selectPlace.empty()) return highlights;
    if (!headless.corpus()) throw UsageError("--select", "no corpus is loaded, so there is no place to select");
    highlights.selectedPlace = headless.corpus()->placeIndex(opt.selectPlace);
    if (highlights.selectedPlace < 0) throw UsageError("--select", "no place '" + opt.selectPlace + "' in the corpus");
    return highlights;
}

}  // namespace

Image renderMapImage(const RenderOptions& opt, std::ostream& warnings) {
    HeadlessMap headless(opt.map, warnings);
    headless.setOverlays(opt.overlays);
    headless.setTransparentBackground(opt.transparent);
    headless.setFrame(opt.map.date->n, renderHighlights(headless, opt));
    return headless.renderImage(renderCamera(headless, opt), opt.samples);
}

int runRenderCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const RenderOptions opt = parseRenderArgs(args);  // UsageError -> exit 2 in main
    if (!opt.output.empty()) checkWritableDestination(opt.output);

    if (opt.repeat > 0) {
        // Frame time with the GL pipeline finished (multisample resolve included, as a window's
        // swap does it), readback excluded.
        HeadlessMap headless(opt.map, err);
        headless.setOverlays(opt.overlays);
        headless.setTransparentBackground(opt.transparent);
        headless.setFrame(opt.map.date->n, renderHighlights(headless, opt));
        const Camera camera = renderCamera(headless, opt);
        RenderTarget target(opt.width, opt.height, opt.samples);
        std::vector<double> ms;
        for (int i = 0; i < opt.repeat; ++i) {
            target.bind();
            const auto t0 = std::chrono::steady_clock::now();
            headless.draw(camera, opt.width, opt.height);
            target.resolve();
            glFinish();
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        }
        std::sort(ms.begin(), ms.end());
        if (!opt.output.empty()) {
            Image image = target.read();
            unpremultiply(image);
            writePng(opt.output, image);
        }
        char line[128];
        std::snprintf(line, sizeof line, "frame ms: median %.2f, min %.2f, max %.2f", ms[ms.size() / 2], ms.front(), ms.back());
        out << line << "\n";
        return 0;
    }
    const Image image = renderMapImage(opt, err);
    writePng(opt.output, image);
    out << "wrote " << opt.output << " (" << image.width << "x" << image.height << ")\n";
    return 0;
}

}  // namespace ta
