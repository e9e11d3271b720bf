#include "tour_player.hpp"

#include "app_context.hpp"
#include "frame_plan.hpp"
#include "keys.hpp"
#include "pane.hpp"
#include "ui_text.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#ifndef TA_TOURS_DIR
#define TA_TOURS_DIR "tours"
#endif

namespace ta {

namespace fs = std::filesystem;

namespace {

std::string langOf(const AppContext& app) { return std::string(langId(app.lang)); }

Camera stepCamera(const AppContext& app, const Tour& tour, size_t step) {
    const std::optional<BBox> box = tourStepView(tour, step, app.projection);
    if (!box) return app.homeCamera;
    const ImGuiIO& io = ImGui::GetIO();
    return fitToArea(*box, app.layout.map, io.DisplaySize.x, io.DisplaySize.y, 0.0);
}

// Loads, checks against the corpus and starts a tour file; problems go to the pane.
void openTour(AppContext& app, const std::string& path) {
    TourPlayer& player = app.tourPlayer;
    try {
        Tour tour = loadTour(path);
        if (app.corpus) {
            const std::vector<std::string> problems = checkTour(tour, *app.corpus);
            if (!problems.empty()) {
                player.error = problems.front() + (problems.size() > 1 ? " (+" + std::to_string(problems.size() - 1) + ")" : "");
                return;
            }
        }
        player.error.clear();
        player.start(app, std::move(tour));
    } catch (const std::exception& e) {
        player.error = e.what();
    }
}

}  // namespace

std::vector<std::string> shippedTours() {
    const char* env = std::getenv("TRUCE_ATLAS_TOURS");
    const fs::path dir = env && *env ? fs::path(env) : fs::path(TA_TOURS_DIR);
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".tour") files.push_back(it->path().string());
    std::sort(files.begin(), files.end());
    return files;
}

void TourPlayer::start(AppContext& app, Tour tour) {
    m_tour = std::move(tour);
    m_playing = true;
    m_paused = false;
    app.playback.playing = false;
    enterStep(app, 0);
    m_flightOrigin = stepCamera(app, *m_tour, 0);  // the first step starts at its own view
}

void TourPlayer::stop(AppContext& app) {
    m_playing = false;
    m_tour.reset();
    m_places.clear();
    app.sceneDirty = true;
}

void TourPlayer::goToStep(AppContext& app, size_t step) {
    if (!m_tour || m_tour->steps.empty()) return;
    enterStep(app, std::min(step, m_tour->steps.size() - 1));
    m_paused = false;
}

void TourPlayer::enterStep(AppContext& app, size_t step) {
    m_step = step;
    m_secondsIn = 0;
    m_flightOrigin = app.camera;
    m_places = app.corpus ? tourStepPlaces(m_tour->steps[step], *app.corpus) : std::vector<uint32_t>{};
    app.sceneDirty = true;
}

void TourPlayer::update(AppContext& app, double dtS) {
    if (!active()) return;
    const std::vector<TourStep>& steps = m_tour->steps;
    if (!m_paused) m_secondsIn += dtS;
    if (m_secondsIn >= steps[m_step].durationSeconds) {
        if (m_step + 1 < steps.size()) {
            enterStep(app, m_step + 1);
        } else {
            m_secondsIn = steps[m_step].durationSeconds;  // the last step holds its final picture
            m_paused = true;
        }
    }
    const TourStep& s = steps[m_step];
    app.playback.playing = false;
    app.playback.day = tourStepDay(s, m_secondsIn / s.durationSeconds);
    app.flight.active = false;
    const Camera target = stepCamera(app, *m_tour, m_step);
    const double w = app.camera.widthPx, h = app.camera.heightPx;
    app.camera = interpolate(m_flightOrigin, target, tourFlight(m_secondsIn));
    app.camera.widthPx = w;
    app.camera.heightPx = h;
    app.sceneDirty = true;
}

std::string TourPlayer::caption(const AppContext& app) const {
    if (!m_tour) return "";
    return tourStepCaption(m_tour->steps[m_step], app.corpus ? &*app.corpus : nullptr, langOf(app));
}

bool handleTourKeys(AppContext& app) {
    TourPlayer& player = app.tourPlayer;
    if (!player.active()) return false;
    if (keyPressed(GLFW_KEY_RIGHT) || keyPressed(GLFW_KEY_PAGE_DOWN)) player.goToStep(app, player.step() + 1);
    if ((keyPressed(GLFW_KEY_LEFT) || keyPressed(GLFW_KEY_PAGE_UP)) && player.step() > 0) player.goToStep(app, player.step() - 1);
    if (keyPressed(GLFW_KEY_SPACE, false)) player.togglePause();
    if (keyPressed(GLFW_KEY_ESCAPE, false)) player.stop(app);
    return true;
}

void drawTourCaption(AppContext& app) {
    if (!app.tourPlayer.active() || app.presentation.active) return;  // presentation mode draws its own
    const std::string text = app.tourPlayer.caption(app);
    if (text.empty()) return;
    ImFont* font = app.fonts.large ? app.fonts.large : ImGui::GetFont();
    const float em = ImGui::GetFontSize();
    const Rect& area = app.layout.map;
    const float width = std::min(area.w * 0.9f, em * 40);
    ImGui::SetNextWindowPos(ImVec2(area.x + (area.w - width) / 2, area.bottom() - em * 1.2f), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::SetNextWindowBgAlpha(0.82f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_AlwaysAutoResize;
    if (ImGui::Begin("##tour_caption", nullptr, flags)) {
        ImGui::PushFont(font);
        paragraph(app, text);
        ImGui::PopFont();
        const Tour& tour = *app.tourPlayer.tour();
        textDim(app, std::to_string(app.tourPlayer.step() + 1) + " / " + std::to_string(tour.steps.size()) + "  ·  " +
                         pick(app.lang, tour.titleEn, tour.titleAr) + (app.tourPlayer.paused() ? "  ·  " + tr(app.lang, "tour.paused") : ""));
        recordItem(app, "tour.caption");
    }
    ImGui::End();
}

void drawTourPane(AppContext& app) {
    if (!beginPane(app, "tours", app.show.tours, app.layout.center)) return;
    TourPlayer& player = app.tourPlayer;
    if (!player.active()) {
        heading(app, tr(app.lang, "tour.shipped"));
        for (const std::string& file : shippedTours()) {
            std::string title = fs::path(file).stem().string();
            try {
                const Tour t = loadTour(file);
                title = pick(app.lang, t.titleEn, t.titleAr);
            } catch (const std::exception&) {
            }
            if (linkLine(app, file.c_str(), title)) openTour(app, file);
            recordItem(app, "tour.open." + fs::path(file).stem().string());
        }
        heading(app, tr(app.lang, "tour.file"));
        char buf[1024];
        std::snprintf(buf, sizeof buf, "%s", player.pathText.c_str());
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
        if (ImGui::InputText("##tour_path", buf, sizeof buf)) player.pathText = buf;
        ImGui::SameLine();
        if (ImGui::Button(L(app, "tour.open").c_str()) && !player.pathText.empty()) openTour(app, player.pathText);
    } else {
        const Tour& tour = *player.tour();
        heading(app, pick(app.lang, tour.titleEn, tour.titleAr));
        if (ImGui::Button(L(app, "tour.previous").c_str()) && player.step() > 0) player.goToStep(app, player.step() - 1);
        recordItem(app, "tour.previous");
        ImGui::SameLine();
        if (ImGui::Button(L(app, player.paused() ? "tour.resume" : "tour.pause").c_str())) player.togglePause();
        recordItem(app, "tour.pause");
        ImGui::SameLine();
        if (ImGui::Button(L(app, "tour.next").c_str())) player.goToStep(app, player.step() + 1);
        recordItem(app, "tour.next");
        ImGui::SameLine();
        if (ImGui::Button(L(app, "tour.stop").c_str())) player.stop(app);
        recordItem(app, "tour.stop");
        if (player.loaded()) {
            const TourStep& s = tour.steps[player.step()];
            ImGui::ProgressBar(static_cast<float>(player.secondsIntoStep() / s.durationSeconds), ImVec2(-1, 0),
                               (std::to_string(player.step() + 1) + " / " + std::to_string(tour.steps.size())).c_str());
            for (size_t i = 0; i < tour.steps.size(); ++i) {
                const TourStep& st = tour.steps[i];
                const std::string label = std::to_string(i + 1) + ". " + formatIsoDay(st.from) + "  " + pick(app.lang, st.captionEn, st.captionAr);
                if (linkLine(app, ("step" + std::to_string(i)).c_str(), label, i == player.step())) player.goToStep(app, i);
            }
        }
    }
    if (!player.error.empty()) paragraph(app, player.error, IM_COL32(230, 90, 70, 255));
    ImGui::End();
}

}  // namespace ta
