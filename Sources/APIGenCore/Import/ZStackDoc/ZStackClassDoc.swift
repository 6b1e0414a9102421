/// The doc of a reply, an event or an inventory class (`doc { title "..."; field {…}; ref {…} }`):
/// its fields in the order the doc lists them.
struct ZStackClassDoc: Sendable {
    var title: String
    var entries: [Entry]

    /// A `field { name; desc; type; since }` (a value the doc types by name) or a
    /// `ref { name; path; desc; type; clz; since }` (a value of a documented class; `type` is
    /// `List` or `Map` for a collection of `clz`).
    struct Entry: Sendable {
        var name: String
        var description: String
        var type: String
        /// `clz X.class` of a `ref`; nil for a `field`.
        var referencedClass: String?
        var since: String?
        var declaredAt: SourceLocation
    }

    /// The class doc in `document`, or nil when it is an API page or has no `doc`.
    static func read(_ document: GroovyDocument) -> ZStackClassDoc? {
        guard let doc = document.calls.first(where: { $0.name == "doc" }), doc.call("rest") == nil else { return nil }
        let entries = (doc.closure ?? []).compactMap { call -> Entry? in
            guard call.name == "field" || call.name == "ref" else { return nil }
            return Entry(
                name: call.text("name") ?? "", description: call.text("desc") ?? "", type: call.text("type") ?? "",
                referencedClass: call.name == "ref" ? call.classArgument("clz") : nil, since: call.text("since"),
                declaredAt: call.location)
        }
        return ZStackClassDoc(title: doc.text("title") ?? "", entries: entries)
    }
}
