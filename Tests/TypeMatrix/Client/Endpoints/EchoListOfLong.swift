import HTTPTypes

/// Echo ListOfLong
///
/// Sends a List<Long> in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/list-of-long`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoListOfLong {
    /// The endpoint's static description.
    public static var operation: MatrixOperation {
        MatrixOperation(
            id: "EchoListOfLong",
            method: .put,
            pathTemplate: "/matrix/v1/echo/list-of-long",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The value in the query.
        public let queryValue: [Int64]

        /// The value inside the wrapper.
        public let value: [Int64]

        /// An optional value in the query.
        public let optionalQueryValue: [Int64]?

        /// An optional value inside the wrapper.
        public let optionalValue: [Int64]?

        /// A nullable value inside the wrapper.
        public let nullableValue: [Int64]?

        /// The value beside the wrapper.
        public let outsideValue: [Int64]?

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
            queryValue: [Int64],
            value: [Int64],
            optionalQueryValue: [Int64]? = nil,
            optionalValue: [Int64]? = nil,
            nullableValue: [Int64]? = nil,
            outsideValue: [Int64]? = nil
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
        public let queryValue: [Int64]?

        /// The `optionalQueryValue` field.
        public let optionalQueryValue: [Int64]?

        /// The `value` field.
        public let value: [Int64]?

        /// The `optionalValue` field.
        public let optionalValue: [Int64]?

        /// The `nullableValue` field.
        public let nullableValue: [Int64]?

        /// The `outsideValue` field.
        public let outsideValue: [Int64]?

        /// The value one level down.
        public let nested: EchoListOfLongNested?

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
            queryValue: [Int64]? = nil,
            optionalQueryValue: [Int64]? = nil,
            value: [Int64]? = nil,
            optionalValue: [Int64]? = nil,
            nullableValue: [Int64]? = nil,
            outsideValue: [Int64]? = nil,
            nested: EchoListOfLongNested? = nil
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
            self.queryValue = try object.optionalValue([Int64].self, forKey: "queryValue")
            self.optionalQueryValue = try object.optionalValue([Int64].self, forKey: "optionalQueryValue")
            self.value = try object.optionalValue([Int64].self, forKey: "value")
            self.optionalValue = try object.optionalValue([Int64].self, forKey: "optionalValue")
            self.nullableValue = try object.optionalValue([Int64].self, forKey: "nullableValue")
            self.outsideValue = try object.optionalValue([Int64].self, forKey: "outsideValue")
            self.nested = try object.optionalValue(EchoListOfLongNested.self, forKey: "nested")
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
    /// Echo ListOfLong
    ///
    /// Sends a List<Long> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-long`, synchronous, authorization required.
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
    public func echoListOfLong(
        queryValue: [Int64],
        value: [Int64],
        optionalQueryValue: [Int64]? = nil,
        optionalValue: [Int64]? = nil,
        nullableValue: [Int64]? = nil,
        outsideValue: [Int64]? = nil
    ) async throws -> EchoListOfLong.Response {
        try await echoListOfLong(
            EchoListOfLong.Request(
                queryValue: queryValue,
                value: value,
                optionalQueryValue: optionalQueryValue,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo ListOfLong
    ///
    /// Sends a List<Long> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-long`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoListOfLong(
        _ request: EchoListOfLong.Request
    ) async throws -> EchoListOfLong.Response {
        let call = MatrixRequestBuilder(operation: EchoListOfLong.operation)
        call.appendQueryItems("queryValue", describing: request.queryValue)
        call.appendQueryItems("optionalQueryValue", describing: request.optionalQueryValue)
        call.jsonBody = MatrixJSONBody { body in
            try body.encodeObject(forKey: "echoListOfLong") { wrapped in
                try wrapped.encodeValue(request.value, forKey: "value")
                try wrapped.encodeValue(request.optionalValue, forKey: "optionalValue")
                try wrapped.encodeValue(request.nullableValue, forKey: "nullableValue")
            }
            try body.encodeValue(request.outsideValue, forKey: "outsideValue")
        }
        return try await perform(call)
    }
}
