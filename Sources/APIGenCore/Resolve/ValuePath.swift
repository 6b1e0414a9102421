/// The value a message is about: the keyword it stands under and its members from there
/// (`example`, `body.inventory.cpuNum`).
public struct ValuePath: Hashable, Sendable {
    /// `example` or `default`.
    public var keyword: String
    /// Members from the example's root, joined by dots (`body.inventory.cpuNum`).
    public var components: String

    init(_ components: String, keyword: String = "example") {
        self.components = components
        self.keyword = keyword
    }

    func member(_ name: String) -> ValuePath { ValuePath("\(components).\(name)", keyword: keyword) }

    /// Any element of a list (`systemTags[]`).
    var element: ValuePath { ValuePath("\(components)[]", keyword: keyword) }
}
