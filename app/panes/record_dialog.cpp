#include "record_dialog.hpp"

#include "app_context.hpp"
#include "error.hpp"
#include "pane.hpp"
#include "ui_text.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <iterator>

namespace ta {

namespace {

struct SizePreset {
    const char* label;
    int w, h;
};
constexpr SizePreset kSizePresets[] = {{"1280 x 720", 1280, 720}, {"1920 x 1080", 1920, 1080}, {"3840 x 2160", 3840, 2160}, {"640 x 360", 640, 360}};
constexpr const char* kFormatKeys[] = {"record.format_mp4", "record.format_webm", "record.format_gif", "record.format_png"};
constexpr const char* kExtensions[] = {".mp4", ".webm", ".gif", "/"};

bool inputString(const char* id, std::string& value, float widthEm) {
    char buf[1024];
    std::snprintf(buf, sizeof buf, "%s", value.c_str());
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * widthEm);
    if (!ImGui::InputText(id, buf, sizeof buf)) return false;
    value = buf;
    return true;
}

std::string defaultOutput(const RecordDialogState& d) {
    return "truce-atlas-" + d.from + "-" + d.to + kExtensions[d.format];
}

// The view the window shows, as a lon/lat box: the recording frames the same part of the map.
ViewBox visibleView(const AppContext& app) {
    const Rect& a = app.layout.map;
    const Vec2 corners[2] = {app.camera.screenToWorld({a.x, a.bottom()}), app.camera.screenToWorld({a.right(), a.y})};
    const LonLat sw = app.projection.inverse(corners[0]), ne = app.projection.inverse(corners[1]);
    ViewBox v{std::max(sw.lon, -180.0), std::max(sw.lat, -85.0), std::min(ne.lon, 180.0), std::min(ne.lat, 85.0)};
    return v;
}

}  // namespace

RecordRequest recordRequestFromDialog(const AppContext& app) {
    const RecordDialogState& d = app.recordDialog;
    RecordRequest req;
    req.map = app.options.map;
    req.map.lang = std::string(langId(app.lang));
    req.width = kSizePresets[d.sizePreset].w;
    req.height = kSizePresets[d.sizePreset].h;
    req.fps = d.fps;
    if (d.fps < 1 || d.fps > 120) throw UsageError(tr(app.lang, "record.fps"), "must be 1..120");
    req.captions = d.captions;
    req.output = d.output.empty() ? defaultOutput(d) : d.output;
    const auto format = videoFormatForPath(req.output);
    if (!format) throw UsageError(tr(app.lang, "record.output"), "'" + req.output + "': .mp4, .webm, .gif, or a folder ending in /");
    req.format = *format;
    if (d.recordTour) {
        if (!app.tourPlayer.tour()) throw UsageError(tr(app.lang, "record.tour"), "no tour is loaded");
        req.tour = *app.tourPlayer.tour();
        req.seconds = req.tour->durationSeconds();
        return req;
    }
    req.from = parseDateArg(tr(app.lang, "record.from"), d.from);
    req.to = parseDateArg(tr(app.lang, "record.to"), d.to);
    if (req.to < req.from) throw UsageError(tr(app.lang, "record.to"), "comes before the start");
    if (!(d.seconds > 0 && d.seconds <= 3600)) throw UsageError(tr(app.lang, "record.duration"), "must be more than 0 and at most 3600 s");
    req.seconds = d.seconds;
    req.map.view = visibleView(app);
    return req;
}

void drawRecordDialog(AppContext& app) {
    RecordDialogState& d = app.recordDialog;
    if (d.from.empty()) {
        d.from = formatIsoDay(app.playback.current());
        d.to = formatIsoDay(std::min(app.playback.current() + 365, app.playback.rangeEnd));
    }
    if (!beginPane(app, "record", app.show.record, app.layout.center)) return;
    const bool running = d.job && d.job->running();
    if (!running) {
        ImGui::BeginDisabled(d.recordTour);
        inputString(L(app, "record.from").c_str(), d.from, 7);
        ImGui::SameLine();
        inputString(L(app, "record.to").c_str(), d.to, 7);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
        ImGui::InputFloat(L(app, "record.duration").c_str(), &d.seconds, 1, 10, "%.1f s");
        ImGui::EndDisabled();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
        ImGui::InputInt(L(app, "record.fps").c_str(), &d.fps);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
        if (ImGui::BeginCombo(L(app, "record.size").c_str(), kSizePresets[d.sizePreset].label)) {
            for (int i = 0; i < static_cast<int>(std::size(kSizePresets)); ++i)
                if (ImGui::Selectable(kSizePresets[i].label, i == d.sizePreset)) d.sizePreset = i;
            ImGui::EndCombo();
        }
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
        if (ImGui::BeginCombo(L(app, "record.format").c_str(), T(app, kFormatKeys[d.format]).c_str())) {
            for (int i = 0; i < 4; ++i)
                if (ImGui::Selectable(T(app, kFormatKeys[i]).c_str(), i == d.format)) {
                    d.format = i;
                    d.output.clear();
                }
            ImGui::EndCombo();
        }
        if (d.output.empty()) d.output = defaultOutput(d);
        inputString(L(app, "record.output").c_str(), d.output, 22);
        ImGui::Checkbox(L(app, "record.captions").c_str(), &d.captions);
        if (app.tourPlayer.loaded()) ImGui::Checkbox(L(app, "record.tour").c_str(), &d.recordTour);
        else d.recordTour = false;
        if (ImGui::Button(L(app, "record.start").c_str())) {
            try {
                RecordRequest req = recordRequestFromDialog(app);
                d.error.clear();
                d.lastResult.clear();
                d.job = std::make_unique<RecordJob>(std::move(req));
            } catch (const std::exception& e) {
                d.error = e.what();
            }
        }
        recordItem(app, "record.start");
    } else {
        const RecordJob& job = *d.job;
        const int total = std::max(job.frameCount(), 1);
        const double rate = job.elapsedSeconds() > 0 ? job.framesEncoded() / job.elapsedSeconds() : 0;
        char label[96];
        std::snprintf(label, sizeof label, "%d / %d  (%.1f fps)", job.framesEncoded(), job.frameCount(), rate);
        textLine(app, job.request().output);
        ImGui::ProgressBar(static_cast<float>(job.framesEncoded()) / total, ImVec2(ImGui::GetFontSize() * 22, 0), label);
        recordItem(app, "record.progress");
        if (ImGui::Button(L(app, "record.cancel").c_str())) d.job->cancel();
        recordItem(app, "record.cancel");
    }
    // A finished job reports once, then goes.
    if (d.job && !d.job->running()) {
        switch (d.job->outcome()) {
            case RecordJob::Outcome::Finished: d.lastResult = tr(app.lang, "record.done") + " " + d.job->request().output; break;
            case RecordJob::Outcome::Cancelled: d.lastResult = tr(app.lang, "record.cancelled"); break;
            default: d.lastResult = d.job->error(); break;
        }
        d.job.reset();
    }
    if (!d.error.empty()) paragraph(app, d.error, IM_COL32(230, 90, 70, 255));
    if (!d.lastResult.empty()) paragraph(app, d.lastResult);
    ImGui::End();
}

}  // namespace ta
