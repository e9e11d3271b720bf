#include "arabic_text.hpp"

#include <fribidi.h>

#include <vector>

namespace ta {

bool containsArabic(std::string_view s) {
    // Arabic letters are U+0600..U+06FF (UTF-8 lead bytes 0xD8..0xDB) and the presentation forms.
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0xD8 && c <= 0xDB) return true;
        if (c == 0xEF && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0xAD) return true;
    }
    return false;
}

std::string shapeForDisplay(std::string_view utf8) {
    if (!containsArabic(utf8)) return std::string(utf8);
    std::vector<FriBidiChar> logical(utf8.size() + 1);
    const FriBidiStrIndex len = fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, utf8.data(),
                                                           static_cast<FriBidiStrIndex>(utf8.size()), logical.data());
    std::vector<FriBidiCharType> types(static_cast<size_t>(len));
    std::vector<FriBidiBracketType> brackets(static_cast<size_t>(len));
    std::vector<FriBidiLevel> levels(static_cast<size_t>(len));
    std::vector<FriBidiArabicProp> joining(static_cast<size_t>(len));
    fribidi_get_bidi_types(logical.data(), len, types.data());
    fribidi_get_bracket_types(logical.data(), len, types.data(), brackets.data());
    FriBidiParType direction = FRIBIDI_PAR_ON;  // from the first strong character
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), len, &direction, levels.data()))
        return std::string(utf8);
    fribidi_get_joining_types(logical.data(), len, joining.data());
    fribidi_join_arabic(types.data(), len, levels.data(), joining.data());
    std::vector<FriBidiChar> visual(logical.begin(), logical.begin() + len);
    fribidi_shape(FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC, levels.data(), len, joining.data(), visual.data());
    if (!fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT, types.data(), len, 0, direction, levels.data(), visual.data(), nullptr))
        return std::string(utf8);

    std::vector<FriBidiChar> kept;
    kept.reserve(visual.size());
    for (FriBidiChar c : visual)
        if (c != 0xFEFF && c != 0x200D && c != 0x200C) kept.push_back(c);  // fillers and joiners draw as boxes
    std::string out(kept.size() * 4 + 1, '\0');
    const FriBidiStrIndex bytes =
        fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, kept.data(), static_cast<FriBidiStrIndex>(kept.size()), out.data());
    out.resize(static_cast<size_t>(bytes));
    return out;
}

}  // namespace ta
