#include "cli_args.hpp"
#include "error.hpp"

#include <gtest/gtest.h>

using namespace ta;

namespace {
std::string usageMessage(const std::vector<std::string>& args) {
    try {
        parseRenderArgs(args);
    } catch (const UsageError& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST(CliArgs, ParsesARenderCommand) {
    const RenderOptions o = parseRenderArgs({"--date", "2016-08-26", "--size", "640x360", "--view", "35.5,32.2,42.5,37.5",
                                             "--boundaries", "a.gpkg:layer", "--select", "daraya", "-o", "out.png"});
    EXPECT_EQ(o.width, 640);
    EXPECT_EQ(o.selectPlace, "daraya");
    EXPECT_EQ(o.height, 360);
    EXPECT_EQ(formatIsoDay(*o.map.date), "2016-08-26");
    ASSERT_TRUE(o.map.view);
    EXPECT_DOUBLE_EQ(o.map.view->east, 42.5);
    EXPECT_EQ(o.map.boundaries.at(0), "a.gpkg:layer");
    EXPECT_EQ(o.output, "out.png");
}

TEST(CliArgs, BadArgumentsNameTheArgument) {
    EXPECT_NE(usageMessage({"--date", "2016-08-26", "--size", "0x0", "-o", "x.png"}).find("--size"), std::string::npos);
    EXPECT_NE(usageMessage({"--date", "2016-08-26", "--size", "100000x100000", "-o", "x.png"}).find("out of range"), std::string::npos);
    EXPECT_NE(usageMessage({"--date", "2016-02-30", "-o", "x.png"}).find("--date"), std::string::npos);
    EXPECT_NE(usageMessage({"--date", "2016-08", "-o", "x.png"}).find("full date"), std::string::npos);
    EXPECT_NE(usageMessage({"--date", "2016-08-26", "--view", "42,32,35,37", "-o", "x.png"}).find("WEST"), std::string::npos);
    EXPECT_NE(usageMessage({"--date", "2016-08-26", "--bogus", "-o", "x.png"}).find("--bogus"), std::string::npos);
    EXPECT_NE(usageMessage({"--date", "2016-08-26"}).find("-o"), std::string::npos);
    EXPECT_NE(usageMessage({"--date"}).find("needs a value"), std::string::npos);
}

TEST(CliArgs, SizeLimits) {
    int w = 0, h = 0;
    parseSize("64x64", w, h);
    EXPECT_EQ(w, 64);
    parseSize("7680x4320", w, h);
    EXPECT_EQ(h, 4320);
    EXPECT_THROW(parseSize("63x64", w, h), UsageError);
    EXPECT_THROW(parseSize("7681x100", w, h), UsageError);
    EXPECT_THROW(parseSize("12", w, h), UsageError);
    EXPECT_THROW(parseSize("axb", w, h), UsageError);
}
