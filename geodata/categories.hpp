#pragma once
// Categorical values of a field (fill=FIELD): the distinct values, sorted, and each feature's.

#include <string>
#include <vector>

namespace ta {

struct Categories {
    std::vector<std::string> values;  // distinct non-empty values, sorted (so colours do not depend on feature order)
    std::vector<int> index;           // per input value: index into values, -1 for an empty value
};

Categories categorize(const std::vector<std::string>& values);

}  // namespace ta
