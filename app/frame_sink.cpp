#include "frame_sink.hpp"

#include "atomic_file.hpp"
#include "error.hpp"

#include <png.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

namespace ta {

namespace fs = std::filesystem;

namespace {

class VideoFileSink : public FrameSink {
public:
    VideoFileSink(const fs::path& output, const EncoderSettings& settings) : m_file(output), m_encoder(m_file.tempPath(), settings) {}
    void write(const VideoFrame& frame) override { m_encoder.encode(frame); }
    void commit() override {
        m_encoder.finish();
        m_file.commit();
    }

private:
    AtomicFile m_file;        // declared first: destroyed last, after the encoder has closed the file
    VideoEncoder m_encoder;
};

// Frames go into "<dir>.tmp-<pid>", renamed onto <dir> at the end (rename replaces an empty directory).
class PngDirectorySink : public FrameSink {
public:
    explicit PngDirectorySink(fs::path output) : m_target(std::move(output)) {
        if (m_target.filename().empty()) m_target = m_target.parent_path();  // "out/" -> "out"
        std::error_code ec;
        if (fs::exists(m_target, ec)) {
            if (!fs::is_directory(m_target, ec)) throw Error(m_target.string(), "exists and is not a directory");
            if (!fs::is_empty(m_target, ec)) throw Error(m_target.string(), "directory is not empty; PNG frames need an empty or new directory");
        }
        const fs::path parent = m_target.has_parent_path() ? m_target.parent_path() : fs::path(".");
        if (!fs::is_directory(parent, ec)) throw Error(m_target.string(), "parent directory does not exist");
        m_temp = parent / (m_target.filename().string() + ".tmp-" + std::to_string(::getpid()));
        fs::remove_all(m_temp, ec);
        if (!fs::create_directory(m_temp, ec)) throw Error(m_temp.string(), "cannot create directory: " + ec.message());
    }
    ~PngDirectorySink() override {
        if (!m_committed) {
            std::error_code ec;
            fs::remove_all(m_temp, ec);
        }
    }
    void write(const VideoFrame& frame) override {
        Image image = frame.rgba;
        unpremultiply(image);
        const fs::path path = m_temp / pngFrameName(frame.index);
        png_image png;
        std::memset(&png, 0, sizeof png);
        png.version = PNG_IMAGE_VERSION;
        png.width = static_cast<png_uint_32>(image.width);
        png.height = static_cast<png_uint_32>(image.height);
        png.format = PNG_FORMAT_RGBA;
        if (!png_image_write_to_file(&png, path.c_str(), 0, image.rgba.data(), 0, nullptr))
            throw Error(path.string(), std::string("cannot write PNG: ") + png.message);
    }
    void commit() override {
        std::error_code ec;
        if (fs::exists(m_target, ec) && fs::is_directory(m_target, ec) && fs::is_empty(m_target, ec)) fs::remove(m_target, ec);
        fs::rename(m_temp, m_target, ec);
        if (ec) throw Error(m_target.string(), "cannot move the frames into place: " + ec.message());
        m_committed = true;
    }

private:
    fs::path m_target, m_temp;
    bool m_committed = false;
};

}  // namespace

std::string pngFrameName(int index) {
    char name[32];
    std::snprintf(name, sizeof name, "frame_%06d.png", index);
    return name;
}

std::unique_ptr<FrameSink> openFrameSink(const std::string& output, const EncoderSettings& settings) {
    if (settings.format == VideoFormat::PngFrames) return std::make_unique<PngDirectorySink>(output);
    checkWritableDestination(output);
    return std::make_unique<VideoFileSink>(output, settings);
}

}  // namespace ta
