// sim::Arbiter on its own: the requests of one cycle are granted in the requesters' order, each takes
// the candidate of a pool free earliest, and a request of several resources holds them all from one start.
#include "sim/arbiter.h"

#include <gtest/gtest.h>

#include <deque>
#include <vector>

#include "sim/fresh_context.h"

namespace datosim::sim {
namespace {

struct Ask {
  int order;
  std::int64_t at;  // cycle of the request
  Arbiter::Needs needs;
  std::int64_t duration, latency;
};

// The grantResume of each request, run in a fresh context (1 ns per cycle).
std::vector<std::int64_t> grants(int resources, const std::vector<Ask>& asks) {
  FreshContext context;
  const auto now = [] {
    return static_cast<std::int64_t>(sc_core::sc_time_stamp().value() / sc_core::sc_time(1, sc_core::SC_NS).value());
  };
  Arbiter arb(now);
  arb.add(resources);
  std::deque<Arbiter::Waiter> waiters(asks.size());
  std::vector<std::int64_t> resume(asks.size(), -1);
  int done = 0;
  bool stopping = false;
  for (std::size_t i = 0; i < asks.size(); ++i) {
    waiters[i].order = asks[i].order;
    sc_core::sc_spawn([&, i] {
      sc_core::wait(sc_core::sc_time(static_cast<double>(asks[i].at), sc_core::SC_NS));
      arb.request(waiters[i], asks[i].needs, asks[i].duration, asks[i].latency);
      sc_core::wait(waiters[i].granted);
      resume[i] = waiters[i].grantResume;
      if (++done == static_cast<int>(asks.size())) {
        stopping = true;
        arb.wake();
      }
    });
  }
  sc_core::sc_spawn([&] { arb.run([&] { return stopping; }); });
  sc_core::sc_start();
  return resume;
}

TEST(Arbiter, GrantsOneCyclesRequestsInOrderFromThePoolsEarliestFreeCandidate) {
  // Resources 0 and 1 form a pool; 2 is alone. All ask at cycle 0; order decides, not spawn order.
  const std::vector<std::int64_t> r = grants(3, {
                                                    {1, 0, {{0, 1}}, 10, 2},  // second: 1 is free at 0
                                                    {0, 0, {{0, 1}}, 20, 2},  // first: 0 (first of equal minima)
                                                    {2, 0, {{0}}, 5, 0},      // third: waits for 0 until 20
                                                    {3, 0, {{2}}, 4, 1},      // its own resource: at once
                                                });
  EXPECT_EQ(r, (std::vector<std::int64_t>{12, 22, 25, 5}));
}

TEST(Arbiter, HoldsEveryResourceOfARequestFromOneStart) {
  // 0 is busy until 10; a request needing 0 and 1 starts at 10 for both, so 1 is busy until 13 and
  // a later request for 1 alone (at cycle 2) waits for it.
  const std::vector<std::int64_t> r = grants(2, {
                                                    {0, 0, {{0}}, 10, 0},
                                                    {1, 1, {{0}, {1}}, 3, 0},
                                                    {2, 2, {{1}}, 1, 0},
                                                });
  EXPECT_EQ(r, (std::vector<std::int64_t>{10, 13, 14}));
}

}  // namespace
}  // namespace datosim::sim
