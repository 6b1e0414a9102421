/// Names the value a message is about: `example value for 'body.inventory.cpuNum'`,
/// `default value for 'limit'`.
struct ValuePath: CustomStringConvertible {
    /// `example` or `default`.
    var keyword: String
    /// Members from the example's root, joined by dots (`body.inventory.cpuNum`).
    var components: String

    init(_ components: String, keyword: String = "example") {
        self.components = components
        self.keyword = keyword
    }

    func member(_ name: String) -> ValuePath { ValuePath("\(components).\(name)", keyword: keyword) }

    /// Any element of a list (`systemTags[]`).
    var element: ValuePath { ValuePath("\(components)[]", keyword: keyword) }

    var description: String { "\(keyword) value for '\(components)'" }
}
