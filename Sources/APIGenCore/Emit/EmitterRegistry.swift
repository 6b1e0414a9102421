/// The emitters apigen knows, by the name configs and flags use.
public enum EmitterRegistry {
    public static let names: [String] = [SwiftClientEmitter.name, SwiftServerEmitter.name, SwiftMockEmitter.name, MarkdownEmitter.name]

    /// The emitter called `name`, configured with `options`.
    public static func make(_ name: String, options: EmitterOptions) -> (any Emitter)? {
        switch name {
        case SwiftClientEmitter.name: SwiftClientEmitter(options: options)
        case SwiftServerEmitter.name: SwiftServerEmitter(options: options)
        case SwiftMockEmitter.name: SwiftMockEmitter(options: options)
        case MarkdownEmitter.name: MarkdownEmitter(locales: options.locales, parallelism: options.parallelism)
        default: nil
        }
    }
}
