// A broken config reports every error in one run: the loader's structural errors and the timing
// model's checks of the parameters that are well-formed, driven as tools/cli.cpp drives them
// (frontend::loadArchPartial, then arch::validateArch with the malformed parameters).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "frontend/frontend.h"
#include "arch/timing_model.h"

namespace datosim {
namespace {

using Json = nlohmann::ordered_json;

// configs/npu4x4.json, which is valid; each test breaks it in its own ways (only parameters the
// tests rely on existing are touched, and they are checked to exist).
Json npu4x4() {
  std::ifstream in(std::string(DATOSIM_CONFIG_DIR) + "/npu4x4.json");
  std::stringstream s;
  s << in.rdbuf();
  Json j = Json::parse(s.str());
  for (const char* key : {"clock_mhz", "lock_cycles", "stream.bytes_per_cycle", "array.columns", "stream.latency_cycles"})
    EXPECT_TRUE(j["params"].contains(key)) << key;
  return j;
}

// What the CLI does with a config: structural checks, then the model's checks where they can run.
frontend::PartialArch check(const Json& config, Diagnostics& d) {
  frontend::PartialArch p = frontend::parseArchPartial(config.dump(2), "bad.json", d);
  if (p.arch) arch::validateArch(*p.arch, d, p.malformed);
  return p;
}

bool hasError(const Diagnostics& d, const std::string& pointer, const std::string& fragment) {
  for (const Diagnostic& x : d.all())
    if (x.severity == Severity::Error && x.loc.pointer == pointer && x.message.find(fragment) != std::string::npos)
      return true;
  return false;
}

TEST(OneRound, TheShippedConfigIsCompleteAndValid) {
  Diagnostics d;
  frontend::PartialArch p = check(npu4x4(), d);
  EXPECT_TRUE(p.complete);
  ASSERT_TRUE(p.arch);
  EXPECT_TRUE(p.malformed.empty());
  EXPECT_TRUE(d.all().empty()) << d.str();
}

TEST(OneRound, StructuralErrorsDoNotHideValueErrors) {
  Json c = npu4x4();
  Json& params = c["params"];
  c["descripton"] = "a typo in a top-level key";                   // structure
  params["clock_mhz"]["value"] = "1000";                            // structure: a string
  params["lock_cycles"].erase("source");                            // structure: no source
  params["stream.bytes_per_cycle"]["value"] = 0;                    // model: out of range
  params["array.columns"]["value"] = 2.5;                           // model: not whole
  params["stream.latency_cyles"] = params["stream.latency_cycles"];  // model: unknown, and the right one missing
  params.erase("stream.latency_cycles");

  Diagnostics d;
  frontend::PartialArch p = check(c, d);
  EXPECT_FALSE(p.complete);
  ASSERT_TRUE(p.arch) << "the model's checks must run despite the structural errors";
  EXPECT_EQ(p.malformed, (std::vector<std::string>{"clock_mhz", "lock_cycles"}));

  EXPECT_TRUE(hasError(d, "/descripton", "did you mean 'description'?")) << d.str();
  EXPECT_TRUE(hasError(d, "/params/clock_mhz/value", "'value' must be a number, found string")) << d.str();
  EXPECT_TRUE(hasError(d, "/params/lock_cycles", "'source'")) << d.str();
  EXPECT_TRUE(hasError(d, "/params/stream.bytes_per_cycle", "must be > 0, found 0")) << d.str();
  EXPECT_TRUE(hasError(d, "/params/array.columns", "must be a whole number, found 2.5")) << d.str();
  EXPECT_TRUE(hasError(d, "/params/stream.latency_cyles", "did you mean 'stream.latency_cycles'?")) << d.str();
  EXPECT_TRUE(hasError(d, "/params", "missing parameter 'stream.latency_cycles'")) << d.str();
  // A parameter that is present but malformed was reported once, as malformed, not as missing.
  EXPECT_FALSE(hasError(d, "/params", "missing parameter 'clock_mhz'")) << d.str();
  EXPECT_FALSE(hasError(d, "/params", "missing parameter 'lock_cycles'")) << d.str();
  EXPECT_EQ(d.errorCount(), 7u) << d.str();
  for (const Diagnostic& x : d.all()) EXPECT_EQ(x.loc.file, "bad.json");

  // The strict entry points still refuse the config.
  Diagnostics strict;
  EXPECT_FALSE(frontend::parseArch(c.dump(), "bad.json", strict));
  EXPECT_TRUE(strict.hasErrors());
}

TEST(OneRound, AnUnknownModelSkipsOnlyTheParameterChecks) {
  Json c = npu4x4();
  c["model"] = "aie_ml";
  c["params"]["clock_mhz"]["value"] = nullptr;       // structure: reported
  c["params"]["stream.bytes_per_cycle"]["value"] = 0;  // only the model could say: not reported
  Diagnostics d;
  frontend::PartialArch p = check(c, d);
  EXPECT_FALSE(p.complete);
  EXPECT_TRUE(hasError(d, "/model", "unknown timing model 'aie_ml'; did you mean 'aie-ml'?")) << d.str();
  EXPECT_TRUE(hasError(d, "/params/clock_mhz/value", "'value' must be a number")) << d.str();
  EXPECT_EQ(d.errorCount(), 2u) << d.str();
}

TEST(OneRound, WithoutAModelOrParamsNoModelCheckRuns) {
  Json noModel = npu4x4();
  noModel.erase("model");
  noModel["params"]["stream.bytes_per_cycle"]["value"] = 0;
  Diagnostics d1;
  frontend::PartialArch p1 = check(noModel, d1);
  EXPECT_FALSE(p1.arch);
  EXPECT_TRUE(hasError(d1, "", "model")) << d1.str();
  EXPECT_EQ(d1.errorCount(), 1u) << d1.str();

  Json badParams = npu4x4();
  badParams["params"] = Json::array();
  Diagnostics d2;
  frontend::PartialArch p2 = check(badParams, d2);
  EXPECT_FALSE(p2.arch);
  EXPECT_TRUE(hasError(d2, "/params", "'params'")) << d2.str();
  EXPECT_EQ(d2.errorCount(), 1u) << d2.str() << "no 'missing parameter' for every key of the model";
}

TEST(OneRound, LoadArchPartialReadsFilesAndNames) {
  Diagnostics d;
  frontend::PartialArch p = frontend::loadArchPartial("npu4x4", {DATOSIM_CONFIG_DIR}, d);
  EXPECT_TRUE(p.complete) << d.str();
  ASSERT_TRUE(p.arch);
  EXPECT_EQ(p.arch->name, "npu4x4");
  Diagnostics missing;
  frontend::PartialArch q = frontend::loadArchPartial("/nonexistent/x.json", {}, missing);
  EXPECT_FALSE(q.arch);
  EXPECT_FALSE(q.complete);
  EXPECT_EQ(missing.errorCount(), 1u) << missing.str();
}

}  // namespace
}  // namespace datosim
