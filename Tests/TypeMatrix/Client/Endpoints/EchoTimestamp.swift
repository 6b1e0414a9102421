public import Foundation
import HTTPTypes

/// Echo Timestamp
///
/// Sends a Timestamp in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/timestamp/{pathValue}`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoTimestamp {
    /// The endpoint's static description.
    public static let operation = MatrixOperation(
        id: "EchoTimestamp",
        method: .put,
        pathTemplate: "/matrix/v1/echo/timestamp/{pathValue}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The value in the path.
        public var pathValue: Date

        /// The value in the query.
        public var queryValue: Date

        /// The value inside the wrapper.
        public var value: Date

        /// An optional value in the query.
        public var optionalQueryValue: Date?

        /// The value in a header.
        public var xEchoValue: Date?

        /// An optional value inside the wrapper.
        public var optionalValue: Date?

        /// A nullable value inside the wrapper.
        public var nullableValue: Date?

        /// The value beside the wrapper.
        public var outsideValue: Date?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - pathValue: The value in the path.
        ///   - queryValue: The value in the query.
        ///   - value: The value inside the wrapper.
        ///   - optionalQueryValue: An optional value in the query.
        ///   - xEchoValue: The value in a header.
        ///   - optionalValue: An optional value inside the wrapper.
        ///   - nullableValue: A nullable value inside the wrapper.
        ///   - outsideValue: The value beside the wrapper.
        public init(
            pathValue: Date,
            queryValue: Date,
            value: Date,
            optionalQueryValue: Date? = nil,
            xEchoValue: Date? = nil,
            optionalValue: Date? = nil,
            nullableValue: Date? = nil,
            outsideValue: Date? = nil
        ) {
            self.pathValue = pathValue
            self.queryValue = queryValue
            self.value = value
            self.optionalQueryValue = optionalQueryValue
            self.xEchoValue = xEchoValue
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
        }
    }

    /// The JSON body of a request: `{"echoTimestamp": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var outsideValue: Date?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.outsideValue = request.outsideValue
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "echoTimestamp"
            case outsideValue = "outsideValue"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: Date
            var optionalValue: Date?
            var nullableValue: Date?

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
        /// The `pathValue` field.
        public var pathValue: Date?

        /// The `queryValue` field.
        public var queryValue: Date?

        /// The `optionalQueryValue` field.
        public var optionalQueryValue: Date?

        /// The `headerValue` field.
        public var headerValue: Date?

        /// The `value` field.
        public var value: Date?

        /// The `optionalValue` field.
        public var optionalValue: Date?

        /// The `nullableValue` field.
        public var nullableValue: Date?

        /// The `outsideValue` field.
        public var outsideValue: Date?

        /// The value one level down.
        public var nested: EchoTimestampNested?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - pathValue: The `pathValue` field.
        ///   - queryValue: The `queryValue` field.
        ///   - optionalQueryValue: The `optionalQueryValue` field.
        ///   - headerValue: The `headerValue` field.
        ///   - value: The `value` field.
        ///   - optionalValue: The `optionalValue` field.
        ///   - nullableValue: The `nullableValue` field.
        ///   - outsideValue: The `outsideValue` field.
        ///   - nested: The value one level down.
        public init(
            pathValue: Date? = nil,
            queryValue: Date? = nil,
            optionalQueryValue: Date? = nil,
            headerValue: Date? = nil,
            value: Date? = nil,
            optionalValue: Date? = nil,
            nullableValue: Date? = nil,
            outsideValue: Date? = nil,
            nested: EchoTimestampNested? = nil
        ) {
            self.pathValue = pathValue
            self.queryValue = queryValue
            self.optionalQueryValue = optionalQueryValue
            self.headerValue = headerValue
            self.value = value
            self.optionalValue = optionalValue
            self.nullableValue = nullableValue
            self.outsideValue = outsideValue
            self.nested = nested
        }

        private enum CodingKeys: String, CodingKey {
            case pathValue = "pathValue"
            case queryValue = "queryValue"
            case optionalQueryValue = "optionalQueryValue"
            case headerValue = "headerValue"
            case value = "value"
            case optionalValue = "optionalValue"
            case nullableValue = "nullableValue"
            case outsideValue = "outsideValue"
            case nested = "nested"
        }
    }
}

nonisolated extension MatrixClient {
    /// Echo Timestamp
    ///
    /// Sends a Timestamp in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/timestamp/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameters:
    ///   - pathValue: The value in the path.
    ///   - queryValue: The value in the query.
    ///   - value: The value inside the wrapper.
    ///   - optionalQueryValue: An optional value in the query.
    ///   - xEchoValue: The value in a header.
    ///   - optionalValue: An optional value inside the wrapper.
    ///   - nullableValue: A nullable value inside the wrapper.
    ///   - outsideValue: The value beside the wrapper.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoTimestamp(
        pathValue: Date,
        queryValue: Date,
        value: Date,
        optionalQueryValue: Date? = nil,
        xEchoValue: Date? = nil,
        optionalValue: Date? = nil,
        nullableValue: Date? = nil,
        outsideValue: Date? = nil
    ) async throws -> EchoTimestamp.Response {
        try await echoTimestamp(
            EchoTimestamp.Request(
                pathValue: pathValue,
                queryValue: queryValue,
                value: value,
                optionalQueryValue: optionalQueryValue,
                xEchoValue: xEchoValue,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo Timestamp
    ///
    /// Sends a Timestamp in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/timestamp/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoTimestamp(
        _ request: EchoTimestamp.Request
    ) async throws -> EchoTimestamp.Response {
        var call = MatrixRequestBuilder(operation: EchoTimestamp.operation)
        call.setPathParameter("pathValue", to: MatrixTimestamp().string(from: request.pathValue))
        call.appendQueryItem("queryValue", value: MatrixTimestamp().string(from: request.queryValue))
        call.appendQueryItem(
            "optionalQueryValue",
            value: request.optionalQueryValue.map { MatrixTimestamp().string(from: $0) }
        )
        call.setHeaderField(named: "X-Echo-Value", value: request.xEchoValue.map { MatrixTimestamp().string(from: $0) })
        call.jsonBody = EchoTimestamp.Body(request)
        return try await perform(call)
    }
}
