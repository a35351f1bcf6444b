// docs/graph.schema.json stays in step with the IR tables it repeats.
#include <gtest/gtest.h>

#include <algorithm>

#include "fe_util.h"
#include "frontend/json_util.h"
#include "kernels/kernel.h"
#include "ir/dtype.h"
#include "ir/kernels.h"

using namespace datosim;
using namespace datosim::frontend;
using namespace datosim::frontend::test;

TEST(Schema, ParsesAndListsEveryKernelAndDType) {
  Diagnostics d;
  auto schema = parseJson(readFile(sourceDir() + "/docs/graph.schema.json"), "graph.schema.json", d);
  ASSERT_TRUE(schema) << d.str();
  EXPECT_EQ((*schema)["$schema"], "https://json-schema.org/draft/2020-12/schema");

  std::vector<std::string> kernels;
  for (const auto& stmt : (*schema)["$defs"]["statement"]["oneOf"])
    if (stmt["properties"].contains("compute"))
      for (const auto& k : stmt["properties"]["compute"]["enum"]) kernels.push_back(k.get<std::string>());
  std::vector<std::string> table;
  for (const kernels::Kernel& k : kernels::library()) table.push_back(k.info.name);
  std::sort(kernels.begin(), kernels.end());
  EXPECT_EQ(kernels, table);

  std::vector<std::string> dtypes;
  for (const auto& t : (*schema)["$defs"]["dtype"]["enum"]) dtypes.push_back(t.get<std::string>());
  std::vector<std::string> names;
  for (std::string_view n : ir::dtypeNames()) names.emplace_back(n);
  EXPECT_EQ(dtypes, names);
}
