#include "text_wrap.hpp"

namespace ta {

namespace {

void wrapParagraph(std::string_view para, float maxWidth, const std::function<float(std::string_view)>& measure,
                   std::vector<std::string>& out) {
    std::string line;
    size_t i = 0;
    bool any = false;
    while (i < para.size()) {
        while (i < para.size() && para[i] == ' ') ++i;
        if (i >= para.size()) break;
        const size_t end = std::min(para.find(' ', i), para.size());
        const std::string_view word = para.substr(i, end - i);
        i = end;
        if (line.empty()) {
            line.assign(word);
            continue;
        }
        std::string candidate = line + ' ' + std::string(word);
        if (measure(candidate) <= maxWidth) {
            line = std::move(candidate);
        } else {
            out.push_back(std::move(line));
            any = true;
            line.assign(word);
        }
    }
    if (!line.empty() || !any) out.push_back(std::move(line));
}

}  // namespace

std::vector<std::string> wrapLogicalText(std::string_view text, float maxWidth, const std::function<float(std::string_view)>& measure) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (true) {
        const size_t nl = text.find('\n', start);
        wrapParagraph(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start), maxWidth, measure, lines);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return lines;
}

}  // namespace ta
