#pragma once
// File > Record video: the date range (or the tour being played), duration, frame rate, size and
// format of a recording, started on a worker thread (record_job.hpp) with its own offscreen
// context, so the window stays responsive; a progress bar with Cancel while it runs. The view
// recorded is the one the window shows.

#include "record_job.hpp"

#include <memory>
#include <string>

namespace ta {

struct AppContext;

struct RecordDialogState {
    std::string from, to;        // YYYY-MM-DD as typed ("" until the dialog first opens)
    float seconds = 10;
    int fps = 30;
    int sizePreset = 1;          // kSizePresets
    int format = 0;              // 0 MP4, 1 WebM, 2 GIF, 3 PNG frames
    std::string output;          // file (or folder for PNG frames); "" = a name from the dates
    bool captions = true;
    bool recordTour = false;     // record the tour being played instead of the range
    std::string error;           // why Start refused the settings
    std::string lastResult;      // what the last recording did
    std::unique_ptr<RecordJob> job;
};

void drawRecordDialog(AppContext& app);

/// The request the dialog's settings make (throws ta::UsageError naming the field when they are
/// not usable). Pure apart from reading app: for tests.
RecordRequest recordRequestFromDialog(const AppContext& app);

}  // namespace ta
