/// Endpoints grouped by their breadcrumb (`[Compute Management, VM Related Interfaces]`),
/// categories sorted by name, endpoints by operation id.
struct MarkdownCategoryTree {
    var name: String
    /// The breadcrumb from the outermost category down to this one.
    var path: [String]
    var endpoints: [Endpoint] = []
    var children: [MarkdownCategoryTree] = []

    /// The root: endpoints without a category, and the outermost categories.
    init(_ endpoints: [Endpoint]) {
        self.init(name: "", path: [])
        for endpoint in endpoints.sorted(by: { $0.operationID < $1.operationID }) {
            insert(endpoint, remaining: endpoint.category[...])
        }
    }

    private init(name: String, path: [String]) {
        self.name = name
        self.path = path
    }

    private mutating func insert(_ endpoint: Endpoint, remaining: ArraySlice<String>) {
        guard let first = remaining.first else {
            endpoints.append(endpoint)
            return
        }
        let index: Int
        if let found = children.firstIndex(where: { $0.name == first }) {
            index = found
        } else {
            let position = children.firstIndex { $0.name > first } ?? children.endIndex
            children.insert(MarkdownCategoryTree(name: first, path: path + [first]), at: position)
            index = position
        }
        children[index].insert(endpoint, remaining: remaining.dropFirst())
    }

    /// This category and every one below it, parents before children.
    var preorder: [MarkdownCategoryTree] {
        [self] + children.flatMap(\.preorder)
    }
}
