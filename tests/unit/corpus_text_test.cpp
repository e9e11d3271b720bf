#include "arabic_normalize.hpp"
#include "utf8.hpp"

#include <gtest/gtest.h>

using namespace ta::corpus;

TEST(ArabicNormalize, StripsHarakatSuperscriptAlefAndTatweel) {
    EXPECT_EQ(normalizeArabic("اِتِّفَاقُ المُصَالَحَةِ"), "اتفاق المصالحه");
    EXPECT_EQ(normalizeArabic("رحمـــٰن"), "رحمن");
}

TEST(ArabicNormalize, UnifiesAlefFormsYehAndTehMarbuta) {
    EXPECT_EQ(normalizeArabic("أإآا"), "اااا");
    EXPECT_EQ(normalizeArabic("على"), "علي");
    EXPECT_EQ(normalizeArabic("مدرسة"), "مدرسه");
}

TEST(ArabicNormalize, LeavesOtherTextAloneAndFoldsLatinCaseOnlyForSearch) {
    EXPECT_EQ(normalizeArabic("Daraya, 2016!"), "Daraya, 2016!");
    EXPECT_EQ(foldForSearch("Daraya ÉTÉ"), "daraya été");
}

TEST(ArabicNormalize, NeverFailsOnInvalidBytes) {
    const std::string bad("a\xff\xc3(\xe2\x82", 6);
    const std::string out = normalizeArabic(bad);
    EXPECT_FALSE(findInvalidUtf8(out));
    EXPECT_EQ(out.substr(0, 1), "a");
}

TEST(WordTokenizer, SplitsOnPunctuationButKeepsMarkedWordsWhole) {
    EXPECT_EQ(foldedWords("اتفاقُ داريا، في 26 آب/أغسطس."), (std::vector<std::string>{"اتفاق", "داريا", "في", "26", "اب", "اغسطس"}));
    EXPECT_EQ(foldedWords("NEAR(a\"b*c-d)"), (std::vector<std::string>{"near", "a", "b", "c", "d"}));
    EXPECT_TRUE(foldedWords("  ، . ـ ").empty());
    const std::string text = "Old Homs";
    const auto spans = wordSpans(text);
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "Homs");
}

TEST(Utf8, FindsTheFirstBadByteWithLineAndColumn) {
    EXPECT_FALSE(findInvalidUtf8("plain ascii\nداريا\n"));
    const auto p = findInvalidUtf8("ok\nab\xe9z\n");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->line, 2);
    EXPECT_EQ(p->column, 3);
    EXPECT_EQ(p->byte, 0xE9u);
    EXPECT_TRUE(findInvalidUtf8("\xc0\xaf"));          // overlong '/'
    EXPECT_TRUE(findInvalidUtf8("\xed\xa0\x80"));      // surrogate
    EXPECT_TRUE(findInvalidUtf8("\xf4\x90\x80\x80"));  // above U+10FFFF
    EXPECT_TRUE(findInvalidUtf8("\xe2\x82"));          // truncated
}

TEST(Utf8, EncodesAndDecodesEveryPlane) {
    for (char32_t cp : {U'a', U'\u00e9', U'\u0627', U'\u20ac', U'\U0001F600'}) {
        std::string s;
        appendUtf8(s, cp);
        size_t pos = 0;
        EXPECT_EQ(decodeUtf8(s, pos), cp);
        EXPECT_EQ(pos, s.size());
    }
}
