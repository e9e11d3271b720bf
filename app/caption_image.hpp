#pragma once
// The caption burned into video frames: a dark translucent panel in the lower right corner
// holding the date in large type and, under it, the current event's title or a tour step's caption. Sizes follow the frame height, so a 4K frame gets the same look as
// a 720p one.

#include "caption_text.hpp"
#include "date.hpp"
#include "image.hpp"
#include "overlay_layout.hpp"  // formatCaptionDate

#include <string>

namespace ta {

struct Caption {
    std::string heading;  // the date, e.g. "26 August 2016"
    std::string body;     // the event title or tour caption; may be empty
    bool rtl = false;     // Arabic: right-aligned panel, right-to-left lines
    friend bool operator==(const Caption&, const Caption&) = default;
};

struct CaptionImage {
    Image image;  // premultiplied RGBA
    int x = 0, y = 0;  // its top-left corner in the frame
};

/// Lays out and rasterises `caption` for a frame of `frameW` x `frameH` pixels.
CaptionImage renderCaption(CaptionText& text, const Caption& caption, int frameW, int frameH);

}  // namespace ta
