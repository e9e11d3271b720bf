#include "render_command.hpp"

#include "atomic_file.hpp"
#include "cli_args.hpp"
#include "corpus_source.hpp"
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

namespace {

struct HeadlessMap {
    Projection projection;
    MapData map;
    std::optional<corpus::Corpus> corpus;
    CorpusGeometry corpusGeometry;
    corpus::TimelineState timeline;
    HeadlessContext context;
    Renderer renderer;
    Camera camera;

    HeadlessMap(const RenderOptions& opt, std::ostream& warnings) : map(loadMap(opt.map, projection)) {
        for (const std::string& w : map.base.warnings) warnings << "warning: " << w << "\n";
        std::vector<std::string> messages;
        corpus = loadProgramCorpus(opt.map.corpusDb, messages);
        for (const std::string& m : messages) warnings << "warning: " << m << "\n";
        SceneInputs inputs;
        if (corpus) {
            corpusGeometry = projectCorpus(*corpus, projection);
            corpus::stateAt(*corpus, *opt.map.date, timeline);
            inputs.corpus = {&*corpus, &timeline, &corpusGeometry, static_cast<double>(opt.map.date->n)};
        }
        renderer.upload(buildScene(map, inputs, Style{}));
        camera = initialCamera(opt.map, map, projection, opt.width, opt.height);
    }
};

}  // namespace

Image renderMapImage(const RenderOptions& opt, std::ostream& warnings) {
    HeadlessMap headless(opt, warnings);
    Image image = renderImage(headless.camera, opt.samples,
                              [&](const Camera& c, int w, int h) { headless.renderer.draw(c, w, h); });
    unpremultiply(image);
    return image;
}

int runRenderCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const RenderOptions opt = parseRenderArgs(args);  // UsageError -> exit 2 in main
    if (!opt.output.empty()) checkWritableDestination(opt.output);

    if (opt.repeat > 0) {
        // Frame time with the GL pipeline finished, readback excluded.
        HeadlessMap headless(opt, err);
        RenderTarget target(opt.width, opt.height, opt.samples);
        std::vector<double> ms;
        for (int i = 0; i < opt.repeat; ++i) {
            target.bind();
            const auto t0 = std::chrono::steady_clock::now();
            headless.renderer.draw(headless.camera, opt.width, opt.height);
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
