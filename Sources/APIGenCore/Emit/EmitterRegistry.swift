/// The emitters apigen knows, by the name configs and flags use.
public enum EmitterRegistry {
    public static let names: [String] = [
        SwiftClientEmitter.name, SwiftServerEmitter.name, SwiftMockEmitter.name, MarkdownEmitter.name, OpenAPIEmitter.name,
    ]

    /// Why `options` cannot work for the emitter called `name`, one sentence each; empty when they can.
    public static func problems(with options: EmitterOptions, for name: String) -> [EmitterOptions.Problem] {
        type(named: name)?.problems(with: options) ?? []
    }

    /// The emitter type called `name`.
    public static func type(named name: String) -> (any Emitter.Type)? {
        switch name {
        case SwiftClientEmitter.name: SwiftClientEmitter.self
        case SwiftServerEmitter.name: SwiftServerEmitter.self
        case SwiftMockEmitter.name: SwiftMockEmitter.self
        case MarkdownEmitter.name: MarkdownEmitter.self
        case OpenAPIEmitter.name: OpenAPIEmitter.self
        default: nil
        }
    }

    /// The emitter called `name`, configured with `options`.
    public static func make(_ name: String, options: EmitterOptions) -> (any Emitter)? {
        switch name {
        case SwiftClientEmitter.name: SwiftClientEmitter(options: options)
        case SwiftServerEmitter.name: SwiftServerEmitter(options: options)
        case SwiftMockEmitter.name: SwiftMockEmitter(options: options)
        case MarkdownEmitter.name: MarkdownEmitter(locales: options.locales, parallelism: options.parallelism)
        case OpenAPIEmitter.name: OpenAPIEmitter(locale: options.locales?.first, format: options.format)
        default: nil
        }
    }
}
