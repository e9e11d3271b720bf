// PATH[:LAYER][,key=value]... as typed on the command line and in the window.

#include "geodata_test_support.hpp"
#include "layer_spec.hpp"

using namespace ta;
using namespace ta::geodata_test;

TEST(LayerSpec, PathAlone) {
    const LayerSpec s = LayerSpec::parse("boundaries.gpkg");
    EXPECT_EQ(s.path, "boundaries.gpkg");
    EXPECT_EQ(s.layer, "");
    EXPECT_FALSE(s.hasOptions());
}

TEST(LayerSpec, PathAndLayer) {
    const LayerSpec s = LayerSpec::parse("world.gpkg:countries");
    EXPECT_EQ(s.path, "world.gpkg");
    EXPECT_EQ(s.layer, "countries");
    EXPECT_EQ(s.display(), "world.gpkg:countries");
}

TEST(LayerSpec, Options) {
    const LayerSpec s = LayerSpec::parse("cod.gpkg:syr_admbnda_adm3,name=ADM3_EN,name_ar=ADM3_AR,id=ADM3_PCODE,level=adm3");
    EXPECT_EQ(s.path, "cod.gpkg");
    EXPECT_EQ(s.layer, "syr_admbnda_adm3");
    EXPECT_EQ(s.nameField, "ADM3_EN");
    EXPECT_EQ(s.nameArField, "ADM3_AR");
    EXPECT_EQ(s.idField, "ADM3_PCODE");
    EXPECT_EQ(s.adminLevel, 3);
    const LayerSpec u = LayerSpec::parse("map.gpkg:governorates,fill=name,label=name_en");
    EXPECT_EQ(u.fillField, "name");
    EXPECT_EQ(u.labelField, "name_en");
    EXPECT_EQ(LayerSpec::parse("a.shp,level=2").adminLevel, 2);
}

TEST(LayerSpec, VirtualFileSystemPathsKeepTheirSlashesAndColons) {
    const LayerSpec s = LayerSpec::parse("/vsizip/data/syr_adm.zip/syr_admbnda_adm2.shp,name=ADM2_EN");
    EXPECT_EQ(s.path, "/vsizip/data/syr_adm.zip/syr_admbnda_adm2.shp");
    EXPECT_EQ(s.layer, "");
    EXPECT_EQ(s.nameField, "ADM2_EN");
    // A colon followed by a path is part of the path, not a layer.
    EXPECT_EQ(LayerSpec::parse("C:/maps/a.gpkg").path, "C:/maps/a.gpkg");
}

TEST(LayerSpec, AnExistingFileIsNeverSplit) {
    TempDir dir;
    const std::string odd = dir.write("a,fill=b:c.geojson", "{}");
    const LayerSpec s = LayerSpec::parse(odd);
    EXPECT_EQ(s.path, odd);
    EXPECT_EQ(s.layer, "");
    EXPECT_EQ(s.fillField, "");
}

TEST(LayerSpec, BadOptionsNameTheText) {
    EXPECT_EQ(errorOf([] { LayerSpec::parse("a.gpkg,colour=name"); }),
              "a.gpkg,colour=name: unknown option 'colour' (known: name, name_ar, id, level, fill, label, time)");
    EXPECT_EQ(errorOf([] { LayerSpec::parse("a.gpkg,level=7"); }), "a.gpkg,level=7: level must be 0..4 or adm0..adm4, got '7'");
    EXPECT_EQ(errorOf([] { LayerSpec::parse("a.gpkg,fill=x,fill=y"); }), "a.gpkg,fill=x,fill=y: option 'fill' given twice");
    EXPECT_EQ(errorOf([] { LayerSpec::parse("a.gpkg,label="); }), "a.gpkg,label=: option 'label=' needs a value");
    EXPECT_EQ(errorOf([] { LayerSpec::parse(",fill=x"); }), ",fill=x: no path before the options");
    EXPECT_THROW(LayerSpec::parse("a.gpkg,colour=name"), UsageError);
}
