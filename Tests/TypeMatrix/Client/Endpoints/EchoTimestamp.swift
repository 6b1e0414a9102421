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
    public static var operation: MatrixOperation {
        MatrixOperation(
            id: "EchoTimestamp",
            method: .put,
            pathTemplate: "/matrix/v1/echo/timestamp/{pathValue}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The value in the path.
        public let pathValue: Date

        /// The value in the query.
        public let queryValue: Date

        /// The value inside the wrapper.
        public let value: Date

        /// An optional value in the query.
        public let optionalQueryValue: Date?

        /// The value in a header.
        public let xEchoValue: Date?

        /// An optional value inside the wrapper.
        public let optionalValue: Date?

        /// A nullable value inside the wrapper.
        public let nullableValue: Date?

        /// The value beside the wrapper.
        public let outsideValue: Date?

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

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard MatrixFieldwise.same(lhs.pathValue, rhs.pathValue) else { return false }
            guard MatrixFieldwise.same(lhs.queryValue, rhs.queryValue) else { return false }
            guard MatrixFieldwise.same(lhs.value, rhs.value) else { return false }
            guard MatrixFieldwise.same(lhs.optionalQueryValue, rhs.optionalQueryValue) else { return false }
            guard MatrixFieldwise.same(lhs.xEchoValue, rhs.xEchoValue) else { return false }
            guard MatrixFieldwise.same(lhs.optionalValue, rhs.optionalValue) else { return false }
            guard MatrixFieldwise.same(lhs.nullableValue, rhs.nullableValue) else { return false }
            return MatrixFieldwise.same(lhs.outsideValue, rhs.outsideValue)
        }
    }

    /// The inputs, as the server read them.
    public final class Response: Codable, Sendable, Equatable {
        /// The `pathValue` field.
        public let pathValue: Date?

        /// The `queryValue` field.
        public let queryValue: Date?

        /// The `optionalQueryValue` field.
        public let optionalQueryValue: Date?

        /// The `headerValue` field.
        public let headerValue: Date?

        /// The `value` field.
        public let value: Date?

        /// The `optionalValue` field.
        public let optionalValue: Date?

        /// The `nullableValue` field.
        public let nullableValue: Date?

        /// The `outsideValue` field.
        public let outsideValue: Date?

        /// The value one level down.
        public let nested: EchoTimestampNested?

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

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixCodingKey.self)
            self.pathValue = try object.optionalValue(Date.self, forKey: "pathValue")
            self.queryValue = try object.optionalValue(Date.self, forKey: "queryValue")
            self.optionalQueryValue = try object.optionalValue(Date.self, forKey: "optionalQueryValue")
            self.headerValue = try object.optionalValue(Date.self, forKey: "headerValue")
            self.value = try object.optionalValue(Date.self, forKey: "value")
            self.optionalValue = try object.optionalValue(Date.self, forKey: "optionalValue")
            self.nullableValue = try object.optionalValue(Date.self, forKey: "nullableValue")
            self.outsideValue = try object.optionalValue(Date.self, forKey: "outsideValue")
            self.nested = try object.optionalValue(EchoTimestampNested.self, forKey: "nested")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: MatrixCodingKey.self)
            try object.encodeValue(self.pathValue, forKey: "pathValue")
            try object.encodeValue(self.queryValue, forKey: "queryValue")
            try object.encodeValue(self.optionalQueryValue, forKey: "optionalQueryValue")
            try object.encodeValue(self.headerValue, forKey: "headerValue")
            try object.encodeValue(self.value, forKey: "value")
            try object.encodeValue(self.optionalValue, forKey: "optionalValue")
            try object.encodeValue(self.nullableValue, forKey: "nullableValue")
            try object.encodeValue(self.outsideValue, forKey: "outsideValue")
            try object.encodeValue(self.nested, forKey: "nested")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard MatrixFieldwise.same(lhs.pathValue, rhs.pathValue) else { return false }
            guard MatrixFieldwise.same(lhs.queryValue, rhs.queryValue) else { return false }
            guard MatrixFieldwise.same(lhs.optionalQueryValue, rhs.optionalQueryValue) else { return false }
            guard MatrixFieldwise.same(lhs.headerValue, rhs.headerValue) else { return false }
            guard MatrixFieldwise.same(lhs.value, rhs.value) else { return false }
            guard MatrixFieldwise.same(lhs.optionalValue, rhs.optionalValue) else { return false }
            guard MatrixFieldwise.same(lhs.nullableValue, rhs.nullableValue) else { return false }
            guard MatrixFieldwise.same(lhs.outsideValue, rhs.outsideValue) else { return false }
            return MatrixFieldwise.same(lhs.nested, rhs.nested)
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
        let call = MatrixRequestBuilder(operation: EchoTimestamp.operation)
        call.setPathParameter("pathValue", to: MatrixTimestamp().string(from: request.pathValue))
        call.appendQueryItem("queryValue", value: MatrixTimestamp().string(from: request.queryValue))
        call.appendQueryItem("optionalQueryValue", value: MatrixRequestBuilder.text(request.optionalQueryValue))
        call.setHeaderField(named: "X-Echo-Value", value: MatrixRequestBuilder.text(request.xEchoValue))
        call.jsonBody = MatrixJSONBody { body in
            try body.encodeObject(forKey: "echoTimestamp") { wrapped in
                try wrapped.encodeValue(request.value, forKey: "value")
                try wrapped.encodeValue(request.optionalValue, forKey: "optionalValue")
                try wrapped.encodeValue(request.nullableValue, forKey: "nullableValue")
            }
            try body.encodeValue(request.outsideValue, forKey: "outsideValue")
        }
        return try await perform(call)
    }
}
