#include "render_command.hpp"

#include "atomic_file.hpp"
#include "cli_args.hpp"
#include "error.hpp"
#include "headless_context.hpp"
#include "map_source.hpp"
#include "render_target.hpp"
#include "renderer.hpp"
#include "scene_builder.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace ta {

int runRenderCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const RenderOptions opt = parseRenderArgs(args);  // UsageError -> exit 2 in main
    if (!opt.output.empty()) checkWritableDestination(opt.output);

    const Projection projection;
    const MapData map = loadMap(opt.map, projection);
    for (const std::string& w : map.base.warnings) err << "warning: " << w << "\n";

    HeadlessContext context;
    Renderer renderer;
    SceneInputs inputs;
    renderer.upload(buildScene(map, inputs, Style{}));
    Camera camera = initialCamera(opt.map, map, projection, opt.width, opt.height);

    auto draw = [&](const Camera& c, int w, int h) { renderer.draw(c, w, h); };
    if (opt.repeat > 0) {
        // Frame time with the GL pipeline finished, readback excluded.
        RenderTarget target(opt.width, opt.height, opt.samples);
        std::vector<double> ms;
        for (int i = 0; i < opt.repeat; ++i) {
            target.bind();
            const auto t0 = std::chrono::steady_clock::now();
            renderer.draw(camera, opt.width, opt.height);
            glFinish();
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        }
        std::sort(ms.begin(), ms.end());
        char line[128];
        std::snprintf(line, sizeof line, "frame ms: median %.2f, min %.2f, max %.2f", ms[ms.size() / 2], ms.front(), ms.back());
        if (opt.output.empty()) {
            out << line << "\n";
            return 0;
        }
        Image image = target.read();
        unpremultiply(image);
        writePng(opt.output, image);
        out << line << "\n";
        return 0;
    }
    Image image = renderImage(camera, opt.samples, draw);
    unpremultiply(image);
    writePng(opt.output, image);
    out << "wrote " << opt.output << " (" << image.width << "x" << image.height << ", " << context.glRenderer() << ")\n";
    return 0;
}

}  // namespace ta
