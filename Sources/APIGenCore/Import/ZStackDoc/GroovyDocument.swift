/// One `*Doc_zh_cn.groovy` file of ZStack's REST documentation, as the subset of Groovy those
/// files use: a package, imports, and nested calls such as `doc { title "..."; rest { ... } }`.
///
/// It is data, not a program: a call is a name, its arguments and the calls of the closure that
/// follows it. `GroovyDocumentReader` reads it.
struct GroovyDocument: Equatable, Sendable {
    /// `package org.zstack.header.vm`, or nil.
    var package: String?
    /// The imported classes' qualified names, in order.
    var imports: [String]
    /// The top-level calls (`doc { ... }`).
    var calls: [GroovyCall]
}

/// A call: `name "text"`, `header (Authorization: 'OAuth ...')`, `clz APIStartVmInstanceMsg.class`,
/// `column { ... }`.
struct GroovyCall: Equatable, Sendable {
    var name: String
    /// The arguments in order; named arguments (`key: value`) are gathered into one `.map`, first.
    var arguments: [GroovyValue]
    /// The calls of the closure after the arguments, or nil when there is none.
    var closure: [GroovyCall]?
    /// Where the call's name starts.
    var location: SourceLocation

    /// The first call of the closure named `name`.
    func call(_ name: String) -> GroovyCall? { closure?.first { $0.name == name } }

    /// Every call of the closure named `name`, in order.
    func calls(_ name: String) -> [GroovyCall] { closure?.filter { $0.name == name } ?? [] }
}

/// An argument value.
indirect enum GroovyValue: Equatable, Sendable {
    /// Text in any of Groovy's quotings, escapes resolved (`${...}` is kept as written).
    case string(String)
    /// A number as written (`0.6`, `-1`).
    case number(String)
    case bool(Bool)
    case null
    /// `APIStartVmInstanceMsg.class`: the class's name as written, without `.class`.
    case classLiteral(String)
    /// A bare, possibly qualified, name (`String`, `java.lang.Long`).
    case name(String)
    case list([GroovyValue])
    /// `[key: value, ...]` or named arguments, in order.
    case map([GroovyMapEntry])
}

struct GroovyMapEntry: Equatable, Sendable {
    var key: String
    var value: GroovyValue
}
