import HTTPTypes

/// Echo Double
///
/// Sends a Double in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/double/{pathValue}`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoDouble {
    /// The endpoint's static description.
    public static var operation: MatrixOperation {
        MatrixOperation(
            id: "EchoDouble",
            method: .put,
            pathTemplate: "/matrix/v1/echo/double/{pathValue}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The value in the path.
        public let pathValue: Double

        /// The value in the query.
        public let queryValue: Double

        /// The value inside the wrapper.
        public let value: Double

        /// An optional value in the query.
        public let optionalQueryValue: Double?

        /// The value in a header.
        public let xEchoValue: Double?

        /// An optional value inside the wrapper.
        public let optionalValue: Double?

        /// A nullable value inside the wrapper.
        public let nullableValue: Double?

        /// The value beside the wrapper.
        public let outsideValue: Double?

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
            pathValue: Double,
            queryValue: Double,
            value: Double,
            optionalQueryValue: Double? = nil,
            xEchoValue: Double? = nil,
            optionalValue: Double? = nil,
            nullableValue: Double? = nil,
            outsideValue: Double? = nil
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
        public let pathValue: Double?

        /// The `queryValue` field.
        public let queryValue: Double?

        /// The `optionalQueryValue` field.
        public let optionalQueryValue: Double?

        /// The `headerValue` field.
        public let headerValue: Double?

        /// The `value` field.
        public let value: Double?

        /// The `optionalValue` field.
        public let optionalValue: Double?

        /// The `nullableValue` field.
        public let nullableValue: Double?

        /// The `outsideValue` field.
        public let outsideValue: Double?

        /// The value one level down.
        public let nested: EchoDoubleNested?

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
            pathValue: Double? = nil,
            queryValue: Double? = nil,
            optionalQueryValue: Double? = nil,
            headerValue: Double? = nil,
            value: Double? = nil,
            optionalValue: Double? = nil,
            nullableValue: Double? = nil,
            outsideValue: Double? = nil,
            nested: EchoDoubleNested? = nil
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
            self.pathValue = try object.optionalValue(Double.self, forKey: "pathValue")
            self.queryValue = try object.optionalValue(Double.self, forKey: "queryValue")
            self.optionalQueryValue = try object.optionalValue(Double.self, forKey: "optionalQueryValue")
            self.headerValue = try object.optionalValue(Double.self, forKey: "headerValue")
            self.value = try object.optionalValue(Double.self, forKey: "value")
            self.optionalValue = try object.optionalValue(Double.self, forKey: "optionalValue")
            self.nullableValue = try object.optionalValue(Double.self, forKey: "nullableValue")
            self.outsideValue = try object.optionalValue(Double.self, forKey: "outsideValue")
            self.nested = try object.optionalValue(EchoDoubleNested.self, forKey: "nested")
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
    /// Echo Double
    ///
    /// Sends a Double in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/double/{pathValue}`, synchronous, authorization required.
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
    public func echoDouble(
        pathValue: Double,
        queryValue: Double,
        value: Double,
        optionalQueryValue: Double? = nil,
        xEchoValue: Double? = nil,
        optionalValue: Double? = nil,
        nullableValue: Double? = nil,
        outsideValue: Double? = nil
    ) async throws -> EchoDouble.Response {
        try await echoDouble(
            EchoDouble.Request(
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

    /// Echo Double
    ///
    /// Sends a Double in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/double/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoDouble(
        _ request: EchoDouble.Request
    ) async throws -> EchoDouble.Response {
        let call = MatrixRequestBuilder(operation: EchoDouble.operation)
        call.setPathParameter("pathValue", to: "\(request.pathValue)")
        call.appendQueryItem("queryValue", value: "\(request.queryValue)")
        call.appendQueryItem("optionalQueryValue", describing: request.optionalQueryValue)
        call.setHeaderField(named: "X-Echo-Value", describing: request.xEchoValue)
        call.jsonBody = MatrixJSONBody { body in
            try body.encodeObject(forKey: "echoDouble") { wrapped in
                try wrapped.encodeValue(request.value, forKey: "value")
                try wrapped.encodeValue(request.optionalValue, forKey: "optionalValue")
                try wrapped.encodeValue(request.nullableValue, forKey: "nullableValue")
            }
            try body.encodeValue(request.outsideValue, forKey: "outsideValue")
        }
        return try await perform(call)
    }
}
