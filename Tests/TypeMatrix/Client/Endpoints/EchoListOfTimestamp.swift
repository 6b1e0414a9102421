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
    public static var operation: MatrixOperation {
        MatrixOperation(
            id: "EchoListOfTimestamp",
            method: .put,
            pathTemplate: "/matrix/v1/echo/list-of-timestamp",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The value in the query.
        public let queryValue: [Date]

        /// The value inside the wrapper.
        public let value: [Date]

        /// An optional value in the query.
        public let optionalQueryValue: [Date]?

        /// An optional value inside the wrapper.
        public let optionalValue: [Date]?

        /// A nullable value inside the wrapper.
        public let nullableValue: [Date]?

        /// The value beside the wrapper.
        public let outsideValue: [Date]?

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
            guard MatrixFieldwise.same(lhs.queryValue, rhs.queryValue) else { return false }
            guard MatrixFieldwise.same(lhs.value, rhs.value) else { return false }
            guard MatrixFieldwise.same(lhs.optionalQueryValue, rhs.optionalQueryValue) else { return false }
            guard MatrixFieldwise.same(lhs.optionalValue, rhs.optionalValue) else { return false }
            guard MatrixFieldwise.same(lhs.nullableValue, rhs.nullableValue) else { return false }
            return MatrixFieldwise.same(lhs.outsideValue, rhs.outsideValue)
        }
    }

    /// The inputs, as the server read them.
    public final class Response: Codable, Sendable, Equatable {
        /// The `queryValue` field.
        public let queryValue: [Date]?

        /// The `optionalQueryValue` field.
        public let optionalQueryValue: [Date]?

        /// The `value` field.
        public let value: [Date]?

        /// The `optionalValue` field.
        public let optionalValue: [Date]?

        /// The `nullableValue` field.
        public let nullableValue: [Date]?

        /// The `outsideValue` field.
        public let outsideValue: [Date]?

        /// The value one level down.
        public let nested: EchoListOfTimestampNested?

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

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: MatrixCodingKey.self)
            self.queryValue = try object.optionalValue([Date].self, forKey: "queryValue")
            self.optionalQueryValue = try object.optionalValue([Date].self, forKey: "optionalQueryValue")
            self.value = try object.optionalValue([Date].self, forKey: "value")
            self.optionalValue = try object.optionalValue([Date].self, forKey: "optionalValue")
            self.nullableValue = try object.optionalValue([Date].self, forKey: "nullableValue")
            self.outsideValue = try object.optionalValue([Date].self, forKey: "outsideValue")
            self.nested = try object.optionalValue(EchoListOfTimestampNested.self, forKey: "nested")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: MatrixCodingKey.self)
            try object.encodeValue(self.queryValue, forKey: "queryValue")
            try object.encodeValue(self.optionalQueryValue, forKey: "optionalQueryValue")
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
            guard MatrixFieldwise.same(lhs.queryValue, rhs.queryValue) else { return false }
            guard MatrixFieldwise.same(lhs.optionalQueryValue, rhs.optionalQueryValue) else { return false }
            guard MatrixFieldwise.same(lhs.value, rhs.value) else { return false }
            guard MatrixFieldwise.same(lhs.optionalValue, rhs.optionalValue) else { return false }
            guard MatrixFieldwise.same(lhs.nullableValue, rhs.nullableValue) else { return false }
            guard MatrixFieldwise.same(lhs.outsideValue, rhs.outsideValue) else { return false }
            return MatrixFieldwise.same(lhs.nested, rhs.nested)
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
        let call = MatrixRequestBuilder(operation: EchoListOfTimestamp.operation)
        call.appendQueryItems("queryValue", values: MatrixRequestBuilder.texts(request.queryValue))
        call.appendQueryItems("optionalQueryValue", values: MatrixRequestBuilder.texts(request.optionalQueryValue))
        call.jsonBody = MatrixJSONBody { body in
            try body.encodeObject(forKey: "echoListOfTimestamp") { wrapped in
                try wrapped.encodeValue(request.value, forKey: "value")
                try wrapped.encodeValue(request.optionalValue, forKey: "optionalValue")
                try wrapped.encodeValue(request.nullableValue, forKey: "nullableValue")
            }
            try body.encodeValue(request.outsideValue, forKey: "outsideValue")
        }
        return try await perform(call)
    }
}
