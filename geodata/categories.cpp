#include "categories.hpp"

#include <algorithm>

namespace ta {

Categories categorize(const std::vector<std::string>& values) {
    Categories c;
    for (const std::string& v : values)
        if (!v.empty()) c.values.push_back(v);
    std::sort(c.values.begin(), c.values.end());
    c.values.erase(std::unique(c.values.begin(), c.values.end()), c.values.end());
    c.index.reserve(values.size());
    for (const std::string& v : values) {
        if (v.empty()) {
            c.index.push_back(-1);
            continue;
        }
        c.index.push_back(static_cast<int>(std::lower_bound(c.values.begin(), c.values.end(), v) - c.values.begin()));
    }
    return c;
}

}  // namespace ta
