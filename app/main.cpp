// truce-atlas: the window by default; `render` and `corpus` subcommands for scripts and CI.
// Exit status: 0 success, 1 runtime failure (message names the file or resource), 2 usage error.

#include "corpus_command.hpp"
#include "error.hpp"
#include "gui_app.hpp"
#include "record_command.hpp"
#include "render_command.hpp"
#include "synth_events_command.hpp"

#include <iostream>
#include <string>
#include <vector>

#ifndef TA_VERSION
#define TA_VERSION "0.0.0"
#endif

namespace {

constexpr const char* kHelp = R"(Truce Atlas: a map of Syria's reconciliation agreements, 2012-2018.

Usage:
  truce-atlas [--date YYYY-MM-DD] [--lang en|ar] [--boundaries PATH[:LAYER]] [--view W,S,E,N]
              [--size WxH] [--select EVENT_ID] [--frames N] [--screenshot OUT.png]
      Opens the window. Drag to pan, wheel to zoom, R to reset the view, Space to play.
  truce-atlas render --date YYYY-MM-DD [--size WxH] [--view W,S,E,N] [--boundaries PATH[:LAYER]]
              [--lang en|ar] [--labels on|off] [--overlays LIST] [--pixel-ratio R] [--transparent]
              [--select PLACE_ID] [--samples N] [--repeat N] -o OUT.png
      Renders the map without a window or GPU (EGL). Sizes 64x64 to 7680x4320.
      --overlays: title,date,legend,scale,attribution, all (default) or none. --pixel-ratio 2 draws
      text and lines twice as large (slides, print). --transparent leaves the sea transparent.
      --select draws a corpus place (its id, e.g. daraya) as selected.
      --repeat N renders N frames and prints 'frame ms: median M, min A, max B'.
  truce-atlas record --from YYYY-MM-DD --to YYYY-MM-DD [--duration SECONDS] [--fps N] [--size WxH]
              [--lang en|ar] [--view W,S,E,N] [--no-captions] [--overlays LIST] [--crf N] [--samples N]
              -o OUT.mp4|OUT.webm|OUT.gif|OUTDIR/
  truce-atlas record --tour FILE.tour [--fps N] [--size WxH] [--lang en|ar] -o OUT.mp4|...
      Records the map over a date range, or a tour (tours/README.md), frame by frame without a
      window: H.264 MP4, VP9 WebM, GIF or numbered PNG frames. Ctrl-C cancels (exit 130) and
      leaves no file under the output name. Frames carry the date and the event's title (or the
      tour's caption) unless --no-captions; --overlays as for render (default legend,scale,attribution).
  truce-atlas synth-events --count N [--seed S] [--from YYYY-MM-DD] [--to YYYY-MM-DD] -o OUT.gpkg|OUT.csv
      Writes N deterministic synthetic dated point events over Syria (scale tests, bench/run).
  truce-atlas corpus validate|build|export ...
      Checks, compiles or exports the corpus (truce-atlas corpus --help).

Map data (window, render and record; each repeatable, any GDAL vector source, /vsizip/ too):
  --boundaries PATH[:LAYER][,name=FIELD][,name_ar=FIELD][,id=FIELD][,level=0..4]
      Administrative areas in place of the governorates. Several levels at once (ADM0-ADM3):
      the map draws the finest one that suits the zoom. Name fields are detected (ADMn_EN/_AR,
      shapeName, NAME...) unless given.
  --layer PATH[:LAYER][,fill=FIELD][,label=FIELD]
      Points, lines or polygons drawn on top, in order; fill= colours by category, label=
      labels from a field. With only --layer given, just those layers are drawn.
  --layer PATH[:LAYER],time=FIELD [--time-window DAYS]
      Dated point events (GeoPackage, CSV with lon,lat columns, ...): at each date the events of
      the last DAYS days (default 30) are drawn, fading with age (window, render and record).
  truce-atlas --help | --version

Data: Natural Earth (public domain); boundaries you load keep their own licences
(geoBoundaries / UN OCHA: CC BY 3.0 IGO).
)";

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
            std::cout << kHelp;
            return 0;
        }
        if (!args.empty() && args[0] == "--version") {
            std::cout << "truce-atlas " << TA_VERSION << "\n";
            return 0;
        }
        if (!args.empty() && args[0] == "record") return ta::runRecordCommand({args.begin() + 1, args.end()}, std::cout, std::cerr);
        if (!args.empty() && args[0] == "render") return ta::runRenderCommand({args.begin() + 1, args.end()}, std::cout, std::cerr);
        if (!args.empty() && args[0] == "synth-events") return ta::runSynthEventsCommand({args.begin() + 1, args.end()}, std::cout, std::cerr);
        if (!args.empty() && args[0] == "corpus") return ta::runCorpusCommand({args.begin() + 1, args.end()}, std::cout, std::cerr);
        if (!args.empty() && args[0].rfind("--", 0) != 0) throw ta::UsageError(args[0], "unknown command (see truce-atlas --help)");
        return ta::runGui(args, std::cout, std::cerr);
    } catch (const ta::UsageError& e) {
        std::cerr << "truce-atlas: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "truce-atlas: " << e.what() << "\n";
        return 1;
    }
}
