public import Foundation
import HTTPTypes

/// Echo ListOfTimestamp
///
/// Sends a List<Timestamp> in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/list-of-timestamp`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoListOfTimestamp {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoListOfTimestamp",
        method: .put,
        pathTemplate: "/matrix/v1/echo/list-of-timestamp",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the query.
        public var queryValue: [Date]

        /// The value inside the wrapper.
        public var value: [Date]

        /// An optional value in the query.
        public var optionalQueryValue: [Date]?

        /// An optional value inside the wrapper.
        public var optionalValue: [Date]?

        /// A nullable value inside the wrapper.
        public var nullableValue: [Date]?

        /// The value beside the wrapper.
        public var outsideValue: [Date]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - queryValue: The value in the query.
        ///   - value: The value inside the wrapper.
        ///   - optionalQueryValue: An optional value in the query.
        ///   - optionalValue: An optional value inside the wrapper.
        ///   - nullableValue: A nullable value inside the wrapper.
        ///   - outsideValue: The value beside the wrapper.
        public init(
            queryValue: [Date],
            value: [Date],
            optionalQueryValue: [Date]? = nil,
            optionalValue: [Date]? = nil,
            nullableValue: [Date]? = nil,
            outsideValue: [Date]? = nil
        ) {
            self.queryValue = queryValue
            self.value = value
            self.optionalQueryValue = optionalQueryValue
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoListOfTimestamp": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: [Date]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoListOfTimestamp"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: [Date]
            var optionalValue: [Date]?
            var nullableValue: [Date]?

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
        /// The `queryValue` field.
        public var queryValue: [Date]?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: [Date]?

        /// The `value` field.
        public var value: [Date]?

        /// The `optionalValue` field.
        public var optionalValue: [Date]?

        /// The `nullableValue` field.
        public var nullableValue: [Date]?

        /// The `outsideValue` field.
        public var outsideValue: [Date]?

        /// The value one level down.
        public var nested: EchoListOfTimestampNested?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - queryValue: The `queryValue` field.
        ///   - optionalQueryValue: The `optionalQueryValue` field.
        ///   - value: The `value` field.
        ///   - optionalValue: The `optionalValue` field.
        ///   - nullableValue: The `nullableValue` field.
        ///   - outsideValue: The `outsideValue` field.
        ///   - nested: The value one level down.
        public init(
            queryValue: [Date]? = nil,
            optionalQueryValue: [Date]? = nil,
            value: [Date]? = nil,
            optionalValue: [Date]? = nil,
            nullableValue: [Date]? = nil,
            outsideValue: [Date]? = nil,
            nested: EchoListOfTimestampNested? = nil
        ) {
            self.queryValue = queryValue
            self.optionalQueryValue = optionalQueryValue
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
            self.nested = nested
        }

        private enum CodingKeys: String, CodingKey {
            case queryValue = "queryValue"
            case optionalQueryValue = "optionalQueryValue"
            case value = "value"
            case optionalValue = "optionalValue"
            case nullableValue = "nullableValue"
            case outsideValue = "outsideValue"
            case nested = "nested"
        }
    }
}

nonisolated extension MatrixClient {
    /// Echo ListOfTimestamp
    ///
    /// Sends a List<Timestamp> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-timestamp`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameters:
    ///   - queryValue: The value in the query.
    ///   - value: The value inside the wrapper.
    ///   - optionalQueryValue: An optional value in the query.
    ///   - optionalValue: An optional value inside the wrapper.
    ///   - nullableValue: A nullable value inside the wrapper.
    ///   - outsideValue: The value beside the wrapper.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoListOfTimestamp(
        queryValue: [Date],
        value: [Date],
        optionalQueryValue: [Date]? = nil,
        optionalValue: [Date]? = nil,
        nullableValue: [Date]? = nil,
        outsideValue: [Date]? = nil
    ) async throws -> EchoListOfTimestamp.Response {
        try await echoListOfTimestamp(
            EchoListOfTimestamp.Request(
                queryValue: queryValue,
                value: value,
                optionalQueryValue: optionalQueryValue,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo ListOfTimestamp
    ///
    /// Sends a List<Timestamp> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-timestamp`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoListOfTimestamp(
        _ request: EchoListOfTimestamp.Request
    ) async throws -> EchoListOfTimestamp.Response {
        var call = MatrixRequestBuilder(operation: EchoListOfTimestamp.operation)
        call.appendQueryItems("queryValue", values: request.queryValue.map { MatrixTimestamp().string(from: $0) })
        call.appendQueryItems(
            "optionalQueryValue",
            values: request.optionalQueryValue?.map { MatrixTimestamp().string(from: $0) }
        )
        call.jsonBody = EchoListOfTimestamp.Body(request)
        return try await perform(call)
    }
}
