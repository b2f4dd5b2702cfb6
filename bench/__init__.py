"""Speed and memory benchmarks, as ratios against a baseline measured in the same run."""
