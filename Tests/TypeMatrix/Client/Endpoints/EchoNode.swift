import HTTPTypes

/// Echo Node
///
/// Sends a Node in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/node`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoNode {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoNode",
        method: .put,
        pathTemplate: "/matrix/v1/echo/node",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value inside the wrapper.
        public var value: Node

        /// An optional value inside the wrapper.
        public var optionalValue: Node?

        /// A nullable value inside the wrapper.
        public var nullableValue: Node?

        /// The value beside the wrapper.
        public var outsideValue: Node?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - value: The value inside the wrapper.
        ///   - optionalValue: An optional value inside the wrapper.
        ///   - nullableValue: A nullable value inside the wrapper.
        ///   - outsideValue: The value beside the wrapper.
        public init(value: Node, optionalValue: Node? = nil, nullableValue: Node? = nil, outsideValue: Node? = nil) {
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoNode": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: Node?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoNode"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: Node
            var optionalValue: Node?
            var nullableValue: Node?

            init(_ request: Request) {
                self.value = request.value
                self.optionalValue = request.optionalValue
                self.nullableValue = request.nullableValue
            }

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case optionalValue = "optionalValue"
                case nullableValue = "nullableValue"
            }
        }
    }

    /// The inputs, as the server read them.
    public struct Response: Codable, Sendable, Hashable {
        /// The `value` field.
        public var value: Node?

        /// The `optionalValue` field.
        public var optionalValue: Node?

        /// The `nullableValue` field.
        public var nullableValue: Node?

        /// The `outsideValue` field.
        public var outsideValue: Node?

        /// The value one level down.
        public var nested: EchoNodeNested?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - value: The `value` field.
        ///   - optionalValue: The `optionalValue` field.
        ///   - nullableValue: The `nullableValue` field.
        ///   - outsideValue: The `outsideValue` field.
        ///   - nested: The value one level down.
        public init(
            value: Node? = nil,
            optionalValue: Node? = nil,
            nullableValue: Node? = nil,
            outsideValue: Node? = nil,
            nested: EchoNodeNested? = nil
        ) {
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
            self.nested = nested
        }

        private enum CodingKeys: String, CodingKey {
            case value = "value"
            case optionalValue = "optionalValue"
            case nullableValue = "nullableValue"
            case outsideValue = "outsideValue"
            case nested = "nested"
        }
    }
}

nonisolated extension MatrixClient {
    /// Echo Node
    ///
    /// Sends a Node in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/node`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameters:
    ///   - value: The value inside the wrapper.
    ///   - optionalValue: An optional value inside the wrapper.
    ///   - nullableValue: A nullable value inside the wrapper.
    ///   - outsideValue: The value beside the wrapper.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoNode(
        value: Node,
        optionalValue: Node? = nil,
        nullableValue: Node? = nil,
        outsideValue: Node? = nil
    ) async throws -> EchoNode.Response {
        try await echoNode(
            EchoNode.Request(
                value: value,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo Node
    ///
    /// Sends a Node in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/node`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoNode(
        _ request: EchoNode.Request
    ) async throws -> EchoNode.Response {
        var call = MatrixRequestBuilder(operation: EchoNode.operation)
        call.jsonBody = EchoNode.Body(request)
        return try await perform(call)
    }
}
