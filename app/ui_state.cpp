#include "ui_state.hpp"

namespace ta {

std::vector<PaneFlag> paneFlags(PaneVisibility& show) {
    return {
        {"timeline", "pane.timeline", &show.timeline},
        {"details", "pane.details", &show.details},
        {"cases", "pane.cases", &show.cases},
        {"legend", "pane.legend", &show.legend},
        {"help", "pane.help", &show.help},
        {"about", "pane.about", &show.about},
        {"search", "pane.search", &show.search},
        {"filters", "pane.filters", &show.filters},
        {"compare", "pane.compare", &show.compare},
        {"changes", "pane.changes", &show.changes},
        {"sources", "pane.sources", &show.sources},
        {"tours", "pane.tours", &show.tours},
        {"record", "pane.record", &show.record},
        {"screenshot", "pane.screenshot", &show.screenshot},
    };
}

}  // namespace ta
