/// What a template sees when it looks a name up in a render model.
///
/// Render models hand their values over already typed, so rendering never asks the runtime
/// what a value is (swift-mustache's dynamic casts were most of its time).
public enum TemplateValue {
    /// Text, printed as it is (or HTML-escaped, in a template without `{{% CONTENT_TYPE: TEXT}}`).
    /// As a section it is truthy, and its names are looked up further out.
    case text(String)
    /// `true` renders a section once, `false` its inverted section; printed as `true` or `false`.
    case flag(Bool)
    /// A list renders a section once per element, and an inverted section when it is empty.
    case list(any TemplateList)
    /// A value with names of its own: a section renders once with it innermost.
    case object(any TemplateObject)
    /// An absent optional: falsy, printed as `nil` (as swift-mustache prints it).
    case null
}

/// A value that can be handed to a template.
public protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}

/// A render model (or part of one) that answers template lookups by name: its stored
/// properties, by their names. An unknown name is `nil`, so the lookup goes on to the enclosing
/// values, and a name that nothing answers is an error at the template's line.
///
/// A render model declares its properties once. Conforming is enough: the default answer reads
/// the properties through `Mirror`. apigen's own render models answer through a `switch` instead,
/// for speed, which `RenderLookupTests` writes from the models themselves
/// (`APIGEN_RECORD=1 swift test --filter RenderLookupTests`) and checks on every test run.
public protocol TemplateObject: TemplateRepresentable {
    func templateValue(named name: String) -> TemplateValue?
}

extension TemplateObject {
    public var templateValue: TemplateValue { .object(self) }

    /// The stored property `name`, read through `Mirror`; nil when there is none or when its
    /// value is of a kind templates cannot use.
    public func templateValue(named name: String) -> TemplateValue? {
        for child in Mirror(reflecting: self).children where child.label == name {
            return (child.value as? any TemplateRepresentable)?.templateValue
        }
        return nil
    }
}

/// The elements of a list, each as a template value.
public protocol TemplateList {
    var count: Int { get }
    func templateElement(at index: Int) -> TemplateValue
}

extension String: TemplateRepresentable {
    public var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateRepresentable {
    public var templateValue: TemplateValue { .flag(self) }
}

extension Int: TemplateRepresentable {
    public var templateValue: TemplateValue { .text(String(self)) }
}

extension Optional: TemplateRepresentable where Wrapped: TemplateRepresentable {
    public var templateValue: TemplateValue { self?.templateValue ?? .null }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    public var templateValue: TemplateValue { .list(self) }
}

extension Array: TemplateList where Element: TemplateRepresentable {
    public func templateElement(at index: Int) -> TemplateValue { self[index].templateValue }
}
