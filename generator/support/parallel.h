#pragma once
/// Runs independent tasks on all cores. Work is handed out by an atomic
/// counter, so a slow task does not hold up a whole share; results go into
/// slots by index, so output never depends on thread timing.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace portal {

/// Number of worker threads to use (the machine's cores, at least 1).
inline unsigned worker_count() { return std::max(1u, std::thread::hardware_concurrency()); }

/// Calls fn(i) for every i in [0, n) on up to `workers` threads. The first
/// exception thrown by a task is rethrown after all threads have stopped.
template <class Fn>
void parallel_for(size_t n, Fn&& fn, unsigned workers = worker_count()) {
  if (n == 0) return;
  workers = static_cast<unsigned>(std::min<size_t>(workers, n));
  if (workers <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::exception_ptr error;
  std::mutex error_mutex;
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) {
      try {
        fn(i);
      } catch (...) {
        std::lock_guard lock(error_mutex);
        if (!error) error = std::current_exception();
        next = n;
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace portal
