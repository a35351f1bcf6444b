// Tables read from traces (graph `tables`): the CSV reader's diagnostics, row selection, table
// expressions (TABLE[i], len/sum/min/max) in parameters, shapes and statements, and their errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "fe_util.h"
#include "frontend/trace_table.h"

using namespace datosim;
using namespace datosim::frontend;
using namespace datosim::frontend::test;

namespace fs = std::filesystem;

namespace {

// A scratch folder holding a graph and its traces; removed afterwards.
class Scratch {
 public:
  Scratch() {
    dir_ = fs::temp_directory_path() / ("datosim_tables_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~Scratch() { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) const {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

 private:
  fs::path dir_;
};

const char* kTrace =
    "batch_id,request_idx,kv_len,note\n"
    "0,0,100,a\n"
    "0,1,250,b\n"
    "0,2,7,c\n"
    "1,0,40,d\n"
    "1,1,-3,e\n";

// A graph with the given params and tables whose producer puts KV-dependent numbers of tokens.
std::string graph(const std::string& params, const std::string& tables, const std::string& trips = "KV[r]") {
  return R"j({"format": "datosim-graph/1", "name": "g", "params": )j" + params + R"j(, "tables": )j" + tables + R"j(,
    "streams": {"s": {"dtype": "i32", "tile": [], "depth": 2}},
    "tasks": {
      "p": {"mapping": [1], "locals": {"x": {"dtype": "i32", "shape": []}},
            "body": [{"for": "r", "range": "B", "body": [{"for": "k", "range": ")j" + trips + R"j(", "body": [
                       {"compute": "zero", "out": "x"}, {"put": "s", "from": "x"}]}]}]},
      "c": {"mapping": [1], "locals": {"x": {"dtype": "i32", "shape": []}},
            "body": [{"for": "r", "range": "B", "body": [{"for": "k", "range": ")j" + trips + R"j(", "body": [
                       {"get": "s", "into": "x"}]}]}]}}})j";
}

const ir::TableDecl* table(const ir::Graph& g, const std::string& name) {
  for (const ir::TableDecl& t : g.tables)
    if (t.name == name) return &t;
  return nullptr;
}

}  // namespace

TEST(TraceFile, ReadsHeaderAndRowsWithLineNumbers) {
  Diagnostics d;
  auto t = parseTraceText("a,b\r\n1,2\r\n\n", "t.csv", "", d);
  // A blank line in the middle or at the end (other than the final newline) is an error.
  EXPECT_FALSE(t);
  EXPECT_NE(d.str().find("t.csv:3: error: empty line"), std::string::npos) << d.str();

  Diagnostics d2;
  t = parseTraceText("a,b\n1,2\n3,4", "t.csv", "", d2);
  ASSERT_TRUE(t) << d2.str();
  EXPECT_EQ(t->columns, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->lines, (std::vector<std::size_t>{2, 3}));
  EXPECT_EQ(t->column("b"), 1);
  EXPECT_EQ(t->column("c"), -1);
}

TEST(TraceFile, MalformedFilesNameTheLine) {
  struct Case {
    const char* text;
    const char* expect;
  } cases[] = {
      {"", "t.csv:1: error: the trace is empty"},
      {"a,b\n1,2,3\n", "t.csv:2: error: expected 2 fields (as the header), found 3 (table 'X')"},
      {"a,a\n1,2\n", "t.csv:1: error: column 2: column name 'a' repeats column 1"},
      {"a,\n1,2\n", "t.csv:1: error: column 2: empty column name"},
      {"a,b\n1,\"2\"\n", "t.csv:2: error: column 2: quoted fields are not supported"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Diagnostics d;
    EXPECT_FALSE(parseTraceText(c.text, "t.csv", " (table 'X')", d));
    EXPECT_NE(d.str().find(c.expect), std::string::npos) << d.str();
  }
}

TEST(TraceFile, SelectionFiltersThenTakesRows) {
  Diagnostics d;
  auto t = parseTraceText(kTrace, "t.csv", "", d);
  ASSERT_TRUE(t);
  TableSelection sel;
  sel.column = "kv_len";
  sel.loc = SourceLoc{"g.json", "/tables/KV"};
  sel.where = {{"batch_id", 0}};
  auto v = selectTable("KV", *t, sel, d);
  ASSERT_TRUE(v) << d.str();
  EXPECT_EQ(v->values, (std::vector<std::int64_t>{100, 250, 7}));
  EXPECT_EQ(v->lo, 7);
  EXPECT_EQ(v->hi, 250);
  sel.first = 1;
  sel.count = 2;
  v = selectTable("KV", *t, sel, d);
  ASSERT_TRUE(v) << d.str();
  EXPECT_EQ(v->values, (std::vector<std::int64_t>{250, 7}));
  sel.where.clear();
  sel.first = 3;
  sel.count = 2;
  v = selectTable("KV", *t, sel, d);
  ASSERT_TRUE(v) << d.str();
  EXPECT_EQ(v->values, (std::vector<std::int64_t>{40, -3}));
}

TEST(TraceFile, SelectionErrors) {
  Diagnostics d0;
  auto t = parseTraceText(kTrace, "t.csv", "", d0);
  ASSERT_TRUE(t);
  auto run = [&](TableSelection sel) {
    Diagnostics d;
    sel.loc = SourceLoc{"g.json", "/tables/KV"};
    EXPECT_FALSE(selectTable("KV", *t, sel, d));
    return d;
  };
  TableSelection s;
  s.column = "kvlen";
  Diagnostics d = run(s);
  EXPECT_TRUE(hasDiag(d, "/tables/KV/column", "trace 't.csv' has no column 'kvlen'; did you mean 'kv_len'?")) << d.str();
  EXPECT_TRUE(hasDiag(d, "/tables/KV/column", "(columns: batch_id, request_idx, kv_len, note)")) << d.str();

  s.column = "note";  // not integers: the first bad field's line
  d = run(s);
  EXPECT_NE(d.str().find("t.csv:2: error: column 4 ('note'): expected an integer, found 'a' (table 'KV')"), std::string::npos)
      << d.str();

  s.column = "kv_len";
  s.where = {{"batch_id", 7}};
  d = run(s);
  EXPECT_TRUE(hasDiag(d, "/tables/KV/where", "no row of 't.csv' has batch_id == 7 (batch_id takes values 0..1)")) << d.str();

  s.where = {{"batch_id", 1}};
  s.first = 2;
  s.count = 1;
  d = run(s);
  EXPECT_TRUE(hasDiag(d, "/tables/KV/rows/0", "first row 2 is outside the 2 rows of 't.csv' where batch_id == 1")) << d.str();
  s.first = 1;
  s.count = 2;
  d = run(s);
  EXPECT_TRUE(hasDiag(d, "/tables/KV/rows/1", "row count 2 from row 1 does not fit")) << d.str();
  s.count = 0;
  d = run(s);
  EXPECT_TRUE(hasDiag(d, "/tables/KV/rows/1", "at least 1")) << d.str();
}

TEST(TraceFile, IntegersAreStrict) {
  for (const char* bad : {"1.5", "+3", "0x10", " 4", "9223372036854775808", "-", ""}) {
    SCOPED_TRACE(bad);
    Diagnostics d;
    auto t = parseTraceText(std::string("v,w\n") + bad + ",1\n", "t.csv", "", d);
    ASSERT_TRUE(t) << d.str();
    TableSelection sel;
    sel.column = "v";
    EXPECT_FALSE(selectTable("T", *t, sel, d));
    EXPECT_NE(d.str().find("t.csv:2: error: column 1 ('v'): expected an integer"), std::string::npos) << d.str();
  }
  Diagnostics d;
  auto t = parseTraceText("v\n-9223372036854775808\n9223372036854775807\n", "t.csv", "", d);
  ASSERT_TRUE(t);
  TableSelection sel;
  sel.column = "v";
  auto v = selectTable("T", *t, sel, d);
  ASSERT_TRUE(v) << d.str();
  EXPECT_EQ(v->values, (std::vector<std::int64_t>{INT64_MIN, INT64_MAX}));
}

TEST(Tables, TraceTablesFoldIntoLoopBoundsAndParameters) {
  Scratch s;
  s.write("traces/kv.csv", kTrace);
  const std::string g = s.write(
      "g.json", graph(R"j({"BATCH": 0, "B": "len(KV)", "TOTAL": "sum(KV)", "LO": "min(KV)", "HI": "max(KV)", "FIRST": "KV[0]"})j",
                      R"j({"KV": {"trace": "traces/kv.csv", "column": "kv_len", "where": {"batch_id": "BATCH"}}})j"));
  Diagnostics d;
  auto gr = loadGraph(g, {}, d);
  ASSERT_TRUE(gr) << d.str();
  EXPECT_EQ(param(*gr, "B"), 3);
  EXPECT_EQ(param(*gr, "TOTAL"), 357);
  EXPECT_EQ(param(*gr, "LO"), 7);
  EXPECT_EQ(param(*gr, "HI"), 250);
  EXPECT_EQ(param(*gr, "FIRST"), 100);
  const ir::TableDecl* t = table(*gr, "KV");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->source, "traces/kv.csv");
  EXPECT_EQ(t->selection, "kv_len where batch_id == 0");
  EXPECT_EQ(t->data->values, (std::vector<std::int64_t>{100, 250, 7}));

  // The batch is a parameter: --param chooses another one.
  GraphOptions o;
  o.paramOverrides["BATCH"] = 1;
  Diagnostics d2;
  gr = loadGraph(g, o, d2);
  ASSERT_TRUE(gr) << d2.str();
  EXPECT_EQ(param(*gr, "B"), 2);
  EXPECT_EQ(table(*gr, "KV")->data->values, (std::vector<std::int64_t>{40, -3}));
}

TEST(Tables, RunTimeIndexStaysInTheBodyAndEvaluates) {
  Diagnostics d;
  auto g = parse(graph(R"j({"B": 3})j", R"j({"KV": {"values": [2, 0, 5]}})j"), d);
  ASSERT_TRUE(g) << d.str();
  // The inner loop's bound reads the table with the outer loop variable: it stays an expression.
  const ir::Instance& p = g->instances[0];
  const auto& outer = std::get<ir::ForStmt>(p.body[0].node);
  const auto& inner = std::get<ir::ForStmt>(outer.body[0].node);
  EXPECT_EQ(ir::toString(*inner.hi), "KV[r]");
  ASSERT_TRUE(ir::readsTable(*inner.hi));
  std::int64_t slots[2] = {2, 0};
  EXPECT_EQ(ir::eval(*inner.hi, slots), 5);
  slots[0] = 3;
  EXPECT_THROW(ir::eval(*inner.hi, slots), ir::EvalError);
  ASSERT_EQ(g->tables.size(), 1u);
  EXPECT_EQ(g->tables[0].source, "");
}

TEST(Tables, ConstantIndexIsCheckedAtLoadTime) {
  Diagnostics d;
  // A shape reads KV[3] of a 3-value table.
  std::string text = graph(R"j({"B": 1, "N": "KV[3]"})j", R"j({"KV": {"values": [2, 0, 5]}})j");
  EXPECT_FALSE(parse(text, d));
  EXPECT_TRUE(hasDiag(d, "/params/N", "index 3 is out of range of table 'KV' (3 values, indices 0..2)")) << d.str();
}

TEST(Tables, DeclarationErrors) {
  struct Case {
    std::string params, tables, trips, pointer, message;
  } cases[] = {
      {R"j({"B": 1})j", R"j({"KV": {"values": []}})j", "1", "/tables/KV/values", "needs at least one value"},
      {R"j({"B": 1})j", R"j({"KV": {"values": [1, 2.5]}})j", "1", "/tables/KV/values/1", "must be an integer, found number 2.5"},
      {R"j({"B": 1})j", R"j({"KV": {"values": [1], "trace": "x.csv"}})j", "1", "/tables/KV", "exactly one of 'trace'"},
      {R"j({"B": 1})j", R"j({"KV": {}})j", "1", "/tables/KV", "exactly one of 'trace'"},
      {R"j({"B": 1})j", R"j({"KV": {"values": [1], "column": "c"}})j", "1", "/tables/KV/column", "selects from a trace"},
      {R"j({"B": 1})j", R"j({"KV": {"values": [1], "scan": "exclusive"}})j", "1", "/tables/KV/scan", "selects from a trace"},
      {R"j({"B": 1})j", R"j({"KV": {"trace": "x.csv", "column": "c", "scan": "prefix"}})j", "1", "/tables/KV/scan",
       "'scan' is \"exclusive\""},
      {R"j({"B": 1})j", R"j({"KV": {"trace": "x.csv"}})j", "1", "/tables/KV", "it needs 'column'"},
      {R"j({"B": 1})j", R"j({"KV": {"trace": "x.csv", "column": "c", "rows": [1]}})j", "1", "/tables/KV/rows",
       "'rows' is [first, count]"},
      {R"j({"B": 1})j", R"j({"KV": {"values": [1], "colum": 2}})j", "1", "/tables/KV/colum", "did you mean 'column'?"},
      {R"j({"B": 1, "KV": 2})j", R"j({"KV": {"values": [1]}})j", "1", "/tables/KV", "has the name of a parameter"},
      {R"j({"B": "KV + 1"})j", R"j({"KV": {"values": [1]}})j", "1", "/params/B", "'KV' is a table, not a number"},
      {R"j({"B": "len(N)", "N": 3})j", R"j({"KV": {"values": [1]}})j", "1", "/params/B", "'N' is a parameter, not a table"},
      {R"j({"B": "len(KW)"})j", R"j({"KV": {"values": [1]}})j", "1", "/params/B", "undefined name 'KW' in parameter 'B'; did you mean 'KV'?"},
      {R"j({"B": 1})j", R"j({"KV": {"values": [1]}})j", "KW[r]", "/tasks/p/body/0/body/0/range", "undefined table 'KW' in 'KW[r]'; did you mean 'KV'?"},
      {R"j({"B": 1})j", R"j({"KV": {"values": [1]}})j", "KV", "/tasks/p/body/0/body/0/range", "'KV' is a table, not a number"},
      {R"j({"B": 1})j", R"j({"KV": {"values": [1, 2]}})j", "KV[2]", "/tasks/p/body/0/body/0/range", "index 2 is out of range"},
      {R"j({"B": 1})j", R"j({"KV": {"values": [9223372036854775807, 1]}})j", "sum(KV)", "/tasks/p/body/0/body/0/range",
       "integer overflow in sum(KV)"},
      {R"j({"B": 1, "R": "len(KV)"})j", R"j({"KV": {"trace": "x.csv", "column": "c", "rows": [0, "R"]}})j", "1", "/params/R",
       "cyclic parameter definitions"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.tables + " " + c.params + " " + c.trips);
    Diagnostics d;
    EXPECT_FALSE(parse(graph(c.params, c.tables, c.trips), d));
    EXPECT_TRUE(hasDiag(d, c.pointer, c.message)) << d.str();
  }
}

TEST(Tables, MissingTraceAndBadFieldsNameTheFiles) {
  Scratch s;
  s.write("bad.csv", "kv_len\n12\nx\n");
  const std::string g = s.write("g.json", graph(R"j({"B": 1})j", R"j({"A": {"trace": "missing.csv", "column": "c"},
                                                                   "K": {"trace": "bad.csv", "column": "kv_len"}})j"));
  Diagnostics d;
  EXPECT_FALSE(loadGraph(g, {}, d));
  const std::string all = d.str();
  EXPECT_NE(all.find(s.path("missing.csv") + ": error: no such file (trace of table 'A', " + g + ":/tables/A/trace)"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find(s.path("bad.csv") + ":3: error: column 1 ('kv_len'): expected an integer, found 'x' (table 'K')"),
            std::string::npos)
      << all;
}

TEST(Tables, ParamOverrideOfATableIsRefused) {
  GraphOptions o;
  o.paramOverrides["KV"] = 1;
  Diagnostics d;
  EXPECT_FALSE(parse(graph(R"j({"B": 1})j", R"j({"KV": {"values": [1]}})j", "1"), d, o));
  EXPECT_TRUE(hasDiag(d, "/params", "is a table, not a parameter")) << d.str();
}

TEST(Tables, NamesShareTheNamespace) {
  Diagnostics d;
  std::string text = R"j({"format": "datosim-graph/1", "name": "g", "tables": {"KV": {"values": [1]}},
    "tasks": {"t": {"mapping": [1], "locals": {"KV": {"dtype": "i32", "shape": []}},
                    "body": [{"compute": "zero", "out": "KV"}]}}})j";
  EXPECT_FALSE(parse(text, d));
  EXPECT_TRUE(hasDiag(d, "/tasks/t/locals/KV", "shadows the table 'KV'")) << d.str();
}

// The traces shipped in traces/ load through tables, and their contents are what traces/README.md says.
TEST(Tables, ShippedTracesLoad) {
  Scratch s;
  const std::string dir = sourceDir() + "/traces/";
  auto load = [&](const std::string& tables, const std::string& params = R"j({"B": 1})j") -> std::optional<ir::Graph> {
    const std::string g = s.write("g.json", graph(params, tables, "1"));
    Diagnostics d;
    auto gr = loadGraph(g, {}, d);
    EXPECT_TRUE(gr) << d.str();
    return gr;
  };
  struct Kv {
    const char* file;
    int batch, batches;
  } kvs[] = {{"kv_lengths_b16.csv", 16, 21}, {"kv_lengths_b64.csv", 64, 15}, {"kv_lengths_b80.csv", 80, 15}};
  for (const Kv& k : kvs) {
    SCOPED_TRACE(k.file);
    for (int b = 0; b < k.batches; ++b) {
      auto g = load(R"j({"KV": {"trace": ")j" + dir + k.file + R"j(", "column": "kv_len", "where": {"batch_id": )j" +
                    std::to_string(b) + "}}}");
      ASSERT_TRUE(g);
      EXPECT_EQ(table(*g, "KV")->data->values.size(), static_cast<std::size_t>(k.batch)) << "batch " << b;
    }
  }
  // b64 batch 0: kv_len 2..2522; b16 batch 20: 403..7930 (traces/README.md).
  auto g = load(R"j({"KV": {"trace": ")j" + dir + R"j(kv_lengths_b64.csv", "column": "kv_len", "where": {"batch_id": 0}}})j");
  ASSERT_TRUE(g);
  EXPECT_EQ(table(*g, "KV")->data->lo, 2);
  EXPECT_EQ(table(*g, "KV")->data->hi, 2522);
  g = load(R"j({"KV": {"trace": ")j" + dir + R"j(kv_lengths_b16.csv", "column": "kv_len", "where": {"batch_id": 20}}})j");
  ASSERT_TRUE(g);
  EXPECT_EQ(table(*g, "KV")->data->lo, 403);
  EXPECT_EQ(table(*g, "KV")->data->hi, 7930);
  // Expert counts sum to tokens x top-k; the routing lists every (token, slot).
  struct Moe {
    const char* model;
    int batch, experts, topk;
  } moes[] = {{"mixtral", 64, 8, 2}, {"mixtral", 1024, 8, 2}, {"qwen", 64, 128, 8}, {"qwen", 1024, 128, 8}};
  for (const Moe& m : moes) {
    const std::string suffix = std::string(m.model) + "_b" + std::to_string(m.batch) + ".csv";
    SCOPED_TRACE(suffix);
    g = load(R"j({"N": {"trace": ")j" + dir + "moe_expert_counts_" + suffix + R"j(", "column": "tokens"},
                  "E": {"trace": ")j" + dir + "moe_routing_" + suffix + R"j(", "column": "expert"}})j",
             R"j({"B": 1, "SUM": "sum(N)", "EXPERTS": "len(N)", "ROUTED": "len(E)", "TOP": "max(E)"})j");
    ASSERT_TRUE(g);
    EXPECT_EQ(param(*g, "SUM"), m.batch * m.topk);
    EXPECT_EQ(param(*g, "EXPERTS"), m.experts);
    EXPECT_EQ(param(*g, "ROUTED"), m.batch * m.topk);
    EXPECT_LT(param(*g, "TOP"), m.experts);
  }
  // The Azure traces: integer token columns beside a timestamp column that is not read.
  g = load(R"j({"C": {"trace": ")j" + dir + R"j(azure_llm_2023_conv.csv", "column": "ContextTokens"},
                "G": {"trace": ")j" + dir + R"j(azure_llm_2023_code.csv", "column": "GeneratedTokens", "rows": [10, 64]}})j");
  ASSERT_TRUE(g);
  EXPECT_EQ(table(*g, "C")->data->values.size(), 19366u);
  EXPECT_EQ(table(*g, "C")->data->lo, 2);
  EXPECT_EQ(table(*g, "C")->data->hi, 14050);
  EXPECT_EQ(table(*g, "G")->data->values.size(), 64u);
  EXPECT_EQ(table(*g, "G")->selection, "GeneratedTokens rows 10..73");
}

TEST(TraceFile, OrderByAndPrefixSums) {
  Diagnostics d;
  auto t = parseTraceText(kTrace, "t.csv", "", d);
  ASSERT_TRUE(t);
  TableSelection sel;
  sel.loc = SourceLoc{"g.json", "/tables/KV"};
  sel.column = "request_idx";
  sel.orderBy = "kv_len";  // 100 250 7 40 -3 -> rows 5 3 4 1 2 (stable for equal keys)
  auto v = selectTable("KV", *t, sel, d);
  ASSERT_TRUE(v) << d.str();
  EXPECT_EQ(v->values, (std::vector<std::int64_t>{1, 2, 0, 0, 1}));
  sel.orderBy = "batch_id";  // all keys tie within a batch: file order kept
  v = selectTable("KV", *t, sel, d);
  ASSERT_TRUE(v) << d.str();
  EXPECT_EQ(v->values, (std::vector<std::int64_t>{0, 1, 2, 0, 1}));
  sel.orderBy.clear();
  sel.column = "kv_len";
  sel.scan = TableSelection::Scan::Exclusive;
  v = selectTable("KV", *t, sel, d);
  ASSERT_TRUE(v) << d.str();
  EXPECT_EQ(v->values, (std::vector<std::int64_t>{0, 100, 350, 357, 397}));
  sel.scan = TableSelection::Scan::Inclusive;
  v = selectTable("KV", *t, sel, d);
  ASSERT_TRUE(v) << d.str();
  EXPECT_EQ(v->values, (std::vector<std::int64_t>{100, 350, 357, 397, 394}));
  EXPECT_EQ(v->lo, 100);
  EXPECT_EQ(v->hi, 397);

  sel.orderBy = "kvlen";
  Diagnostics d2;
  EXPECT_FALSE(selectTable("KV", *t, sel, d2));
  EXPECT_TRUE(hasDiag(d2, "/tables/KV/order_by", "has no column 'kvlen'; did you mean 'kv_len'?")) << d2.str();
  Diagnostics d3;
  auto big = parseTraceText("v\n9223372036854775807\n1\n", "b.csv", "", d3);
  ASSERT_TRUE(big);
  TableSelection s2;
  s2.loc = SourceLoc{"g.json", "/tables/B"};
  s2.column = "v";
  s2.scan = TableSelection::Scan::Inclusive;
  EXPECT_FALSE(selectTable("B", *big, s2, d3));
  EXPECT_TRUE(hasDiag(d3, "/tables/B/scan", "overflow")) << d3.str();
}

// The MoE routing trace as a permutation: token ids grouped by expert, and each expert's first
// position from the counts' exclusive prefix sums.
TEST(Tables, MoeRoutingAsAPermutation) {
  Scratch s;
  const std::string dir = sourceDir() + "/traces/";
  const std::string g = s.write("g.json", graph(R"j({"B": 1})j", R"j({
      "TOK": {"trace": ")j" + dir + R"j(moe_routing_mixtral_b64.csv", "column": "token", "order_by": "expert"},
      "EXP": {"trace": ")j" + dir + R"j(moe_routing_mixtral_b64.csv", "column": "expert", "order_by": "expert"},
      "CNT": {"trace": ")j" + dir + R"j(moe_expert_counts_mixtral_b64.csv", "column": "tokens"},
      "OFF": {"trace": ")j" + dir + R"j(moe_expert_counts_mixtral_b64.csv", "column": "tokens", "scan": "exclusive"}})j",
                                                "1"));
  Diagnostics d;
  auto gr = loadGraph(g, {}, d);
  ASSERT_TRUE(gr) << d.str();
  const auto& tok = table(*gr, "TOK")->data->values;
  const auto& exp = table(*gr, "EXP")->data->values;
  const auto& cnt = table(*gr, "CNT")->data->values;
  const auto& off = table(*gr, "OFF")->data->values;
  ASSERT_EQ(tok.size(), 128u);
  ASSERT_EQ(cnt.size(), 8u);
  EXPECT_EQ(off[0], 0);
  for (std::size_t e = 0; e < 8; ++e) {
    if (e + 1 < 8) EXPECT_EQ(off[e] + cnt[e], off[e + 1]);
    for (std::int64_t i = off[e]; i < off[e] + cnt[e]; ++i) {
      EXPECT_EQ(exp[static_cast<std::size_t>(i)], static_cast<std::int64_t>(e));
      // Within an expert the tokens stay in file (token) order.
      if (i > off[e]) EXPECT_LT(tok[static_cast<std::size_t>(i - 1)], tok[static_cast<std::size_t>(i)]);
    }
  }
  EXPECT_EQ(table(*gr, "OFF")->selection, "tokens, exclusive prefix sums");
  EXPECT_EQ(table(*gr, "TOK")->selection, "token ordered by expert");
}
