// The label text engine: bidi runs (FriBiDi), shaping (HarfBuzz) with a font per script, and the
// distance-field atlas. Uses the Noto fonts from fonts-noto-core, as the program does.

#include "text/bidi.hpp"
#include "text/text_engine.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

using namespace ta::text;

namespace {

bool fontsPresent() {
    const FontFiles f = FontFiles::noto();
    return std::filesystem::exists(f.latin) && std::filesystem::exists(f.arabic);
}

std::u32string sub(const std::u32string& s, const BidiRun& r) { return s.substr(r.start, r.length); }

}  // namespace

TEST(Bidi, LatinTextIsOneLeftToRightRun) {
    const std::u32string t = U"Daraya 2016";
    const auto runs = visualRuns(t);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_FALSE(runs[0].rtl);
    EXPECT_FALSE(isRtlParagraph(t));
}

TEST(Bidi, NumbersInsideArabicKeepTheirOrder) {
    // "Daraya 2016" in Arabic: right to left as a whole, so the number (logically last) is drawn
    // first, on the left, and stays a left-to-right run: 2016, not 6102.
    const std::u32string t = U"داريا 2016";
    EXPECT_TRUE(isRtlParagraph(t));
    const auto runs = visualRuns(t);
    ASSERT_GE(runs.size(), 2u);
    EXPECT_EQ(sub(t, runs.front()), U"2016");
    EXPECT_FALSE(runs.front().rtl);
    EXPECT_TRUE(runs.back().rtl);
    EXPECT_EQ(sub(t, runs.back()).substr(0, 5), U"داريا");
}

TEST(Bidi, LatinWordInsideArabicLine) {
    const std::u32string t = U"اتفاق Daraya هدنة";
    const auto runs = visualRuns(t);
    // Visual order: the last Arabic word, the Latin word (left to right), the first Arabic word.
    ASSERT_EQ(runs.size(), 3u);
    EXPECT_TRUE(runs[0].rtl);
    EXPECT_EQ(sub(t, runs[1]), U"Daraya");
    EXPECT_FALSE(runs[1].rtl);
    EXPECT_TRUE(runs[2].rtl);
    EXPECT_EQ(sub(t, runs[2]).substr(0, 5), U"اتفاق");
}

TEST(FontChoice, ScriptsAndNeutralCharacters) {
    auto covers = [](uint8_t font, char32_t c) {
        if (font == kArabicFont) return isArabicScript(c) || (c >= U'0' && c <= U'9') || c == U' ' || c == U'-';
        return c < 0x250;
    };
    EXPECT_EQ(chooseFont(U'د', -1, true, covers), kArabicFont);
    EXPECT_EQ(chooseFont(U'D', -1, false, covers), kLatinFont);
    EXPECT_EQ(chooseFont(U'2', kArabicFont, true, covers), kArabicFont);  // digits follow the Arabic run
    EXPECT_EQ(chooseFont(U'2', kLatinFont, true, covers), kLatinFont);
    EXPECT_EQ(chooseFont(U'(', kArabicFont, true, covers), kLatinFont);   // not in the Arabic font: fall back
    EXPECT_EQ(chooseFont(U'2', -1, true, covers), kArabicFont);
    EXPECT_EQ(chooseFont(U'2', -1, false, covers), kLatinFont);
}

TEST(TextEngine, LatinLabel) {
    if (!fontsPresent()) GTEST_SKIP() << "fonts-noto-core not installed";
    TextEngine engine;
    const ShapedText& s = engine.shape("Daraya");
    ASSERT_EQ(s.glyphs.size(), 6u);
    EXPECT_FALSE(s.rtl);
    for (size_t i = 0; i < s.glyphs.size(); ++i) {
        EXPECT_EQ(s.glyphs[i].font, kLatinFont);
        if (i > 0) {
            EXPECT_GT(s.glyphs[i].x, s.glyphs[i - 1].x);
        }
    }
    EXPECT_GT(s.advance, 2.5f);  // about 3 em for six letters
    EXPECT_LT(s.advance, 4.0f);
    EXPECT_GT(s.inkTop, 0.6f);   // capital D
    EXPECT_LT(s.inkBottom, -0.1f);  // descender of y
    EXPECT_EQ(&engine.shape("Daraya"), &s);  // cached
    EXPECT_FLOAT_EQ(engine.widthPx("Daraya", 20), s.advance * 20);
}

TEST(TextEngine, ArabicLettersJoin) {
    if (!fontsPresent()) GTEST_SKIP() << "fonts-noto-core not installed";
    TextEngine engine;
    // U+0628 BEH alone, and three in a row: initial, medial and final forms are different glyphs.
    const uint32_t isolated = engine.shape("ب").glyphs.at(0).glyph;
    const ShapedText& word = engine.shape("ببب");
    ASSERT_EQ(word.glyphs.size(), 3u);
    EXPECT_TRUE(word.rtl);
    std::set<uint32_t> forms;
    for (const ShapedGlyph& g : word.glyphs) {
        EXPECT_EQ(g.font, kArabicFont);
        EXPECT_NE(g.glyph, isolated);
        forms.insert(g.glyph);
    }
    EXPECT_EQ(forms.size(), 3u);
}

TEST(TextEngine, NumberInArabicLabelIsNotReversed) {
    if (!fontsPresent()) GTEST_SKIP() << "fonts-noto-core not installed";
    TextEngine engine;
    // The glyph of each digit as the Arabic font draws it: "ا N" puts the digit leftmost.
    std::vector<uint32_t> digit(10);
    for (int d = 0; d < 10; ++d) {
        const ShapedText& s = engine.shape(std::string("ا ") + static_cast<char>('0' + d));
        digit[static_cast<size_t>(d)] = s.glyphs.at(0).glyph;
        EXPECT_EQ(s.glyphs.at(0).font, kArabicFont);
    }
    const ShapedText& s = engine.shape("داريا 2016");
    ASSERT_GE(s.glyphs.size(), 4u);
    EXPECT_EQ(s.glyphs[0].glyph, digit[2]);
    EXPECT_EQ(s.glyphs[1].glyph, digit[0]);
    EXPECT_EQ(s.glyphs[2].glyph, digit[1]);
    EXPECT_EQ(s.glyphs[3].glyph, digit[6]);
    for (size_t i = 1; i < s.glyphs.size(); ++i) EXPECT_GE(s.glyphs[i].x, s.glyphs[i - 1].x - 0.3f);  // visual order
}

TEST(TextEngine, GlyphsGoIntoTheDistanceFieldAtlas) {
    if (!fontsPresent()) GTEST_SKIP() << "fonts-noto-core not installed";
    TextEngine engine;
    const ShapedText& s = engine.shape("o ");
    ASSERT_EQ(s.glyphs.size(), 2u);
    const uint32_t before = engine.atlas().version();
    const AtlasGlyph& o = engine.glyph(s.glyphs[0].font, s.glyphs[0].glyph);
    EXPECT_GT(engine.atlas().version(), before);
    // The field covers the glyph plus the spread on each side.
    EXPECT_GT(o.rect.w, static_cast<int>(2 * kSdfSpreadPx));
    const auto& px = engine.atlas().pixels();
    const int w = engine.atlas().width();
    // The field is 0.5 on the outline: the ring of the "o" is above, its hole and the margin below.
    int inside = 0, outside = 0;
    for (int y = o.rect.y; y < o.rect.y + o.rect.h; ++y)
        for (int x = o.rect.x; x < o.rect.x + o.rect.w; ++x) (px[static_cast<size_t>(y) * w + x] > 128 ? inside : outside)++;
    EXPECT_GT(inside, 20);
    EXPECT_GT(outside, inside);
    EXPECT_LT(px[static_cast<size_t>(o.rect.y) * w + o.rect.x], 40);  // corner: far outside
    const AtlasGlyph& space = engine.glyph(s.glyphs[1].font, s.glyphs[1].glyph);
    EXPECT_EQ(space.rect.w, 0);
    const uint32_t after = engine.atlas().version();
    engine.glyph(s.glyphs[0].font, s.glyphs[0].glyph);
    EXPECT_EQ(engine.atlas().version(), after);  // cached
}

TEST(TextEngine, MissingFontIsNamed) {
    FontFiles f = FontFiles::noto();
    f.arabic = "/nonexistent/NoSuchFont.ttf";
    try {
        TextEngine engine(f);
        FAIL() << "no error for a missing font";
    } catch (const std::exception& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/NoSuchFont.ttf"), std::string::npos) << e.what();
    }
}
