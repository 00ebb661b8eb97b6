#include "util/HandOff.h"

#include "TestSupport.h"

#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace cluedesk;

TEST_CASE("a hand-off delivers every item once and in order, holding at most its capacity", "[util][handoff]")
{
    HandOff<int> h(2);
    std::vector<int> taken;
    bool refused = false; // Catch2 assertions belong to the test's thread
    std::thread producer([&] {
        for (int i = 0; i < 1000; ++i)
            refused = refused || !h.put(i);
        h.finish();
    });
    while (const auto item = h.take())
        taken.push_back(*item);
    producer.join();
    CHECK_FALSE(refused);
    std::vector<int> expected(1000);
    for (int i = 0; i < 1000; ++i)
        expected[size_t(i)] = i;
    CHECK(taken == expected);
    CHECK_FALSE(h.take()); // finished stays finished
}

TEST_CASE("a consumer that stops early releases a producer waiting on a full hand-off", "[util][handoff]")
{
    HandOff<int> h(1);
    int refusedAt = -1;
    std::thread producer([&] {
        for (int i = 0; i < 1000; ++i)
            if (!h.put(i)) {
                refusedAt = i;
                return;
            }
        h.finish();
    });
    CHECK(*h.take() == 0);
    CHECK(*h.take() == 1);
    h.close();
    producer.join(); // would hang if put() kept waiting
    // Item 2 may have gone in before close(); nothing after the first refused put() did.
    CHECK(refusedAt >= 2);
    CHECK(refusedAt <= 3);
}

TEST_CASE("what the producer throws reaches the consumer after the items before it", "[util][handoff]")
{
    HandOff<std::string> h(4);
    std::thread producer([&] {
        try {
            h.put("a");
            h.put("b");
            throw std::runtime_error("disk gone");
        } catch (...) {
            h.fail(std::current_exception());
        }
    });
    producer.join();
    CHECK(*h.take() == "a");
    CHECK(*h.take() == "b");
    try {
        (void)h.take();
        FAIL("take() returned after the producer failed");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()) == "disk gone");
    }
}
