import HTTPTypes

/// Echo Item
///
/// Sends a Item in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/item`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoItem {
    /// The endpoint's static description.
    public static var operation: MatrixOperation {
        MatrixOperation(
            id: "EchoItem",
            method: .put,
            pathTemplate: "/matrix/v1/echo/item",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The value inside the wrapper.
        public let value: Item

        /// An optional value inside the wrapper.
        public let optionalValue: Item?

        /// A nullable value inside the wrapper.
        public let nullableValue: Item?

        /// The value beside the wrapper.
        public let outsideValue: Item?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - value: The value inside the wrapper.
        ///   - optionalValue: An optional value inside the wrapper.
        ///   - nullableValue: A nullable value inside the wrapper.
        ///   - outsideValue: The value beside the wrapper.
        public init(value: Item, optionalValue: Item? = nil, nullableValue: Item? = nil, outsideValue: Item? = nil) {
            self.value = value
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
            guard MatrixFieldwise.same(lhs.value, rhs.value) else { return false }
            guard MatrixFieldwise.same(lhs.optionalValue, rhs.optionalValue) else { return false }
            guard MatrixFieldwise.same(lhs.nullableValue, rhs.nullableValue) else { return false }
            return MatrixFieldwise.same(lhs.outsideValue, rhs.outsideValue)
        }
    }

    /// The inputs, as the server read them.
    public final class Response: Codable, Sendable, Equatable {
        /// The `value` field.
        public let value: Item?

        /// The `optionalValue` field.
        public let optionalValue: Item?

        /// The `nullableValue` field.
        public let nullableValue: Item?

        /// The `outsideValue` field.
        public let outsideValue: Item?

        /// The value one level down.
        public let nested: EchoItemNested?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - value: The `value` field.
        ///   - optionalValue: The `optionalValue` field.
        ///   - nullableValue: The `nullableValue` field.
        ///   - outsideValue: The `outsideValue` field.
        ///   - nested: The value one level down.
        public init(
            value: Item? = nil,
            optionalValue: Item? = nil,
            nullableValue: Item? = nil,
            outsideValue: Item? = nil,
            nested: EchoItemNested? = nil
        ) {
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
            self.value = try object.optionalValue(Item.self, forKey: "value")
            self.optionalValue = try object.optionalValue(Item.self, forKey: "optionalValue")
            self.nullableValue = try object.optionalValue(Item.self, forKey: "nullableValue")
            self.outsideValue = try object.optionalValue(Item.self, forKey: "outsideValue")
            self.nested = try object.optionalValue(EchoItemNested.self, forKey: "nested")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: MatrixCodingKey.self)
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
            guard MatrixFieldwise.same(lhs.value, rhs.value) else { return false }
            guard MatrixFieldwise.same(lhs.optionalValue, rhs.optionalValue) else { return false }
            guard MatrixFieldwise.same(lhs.nullableValue, rhs.nullableValue) else { return false }
            guard MatrixFieldwise.same(lhs.outsideValue, rhs.outsideValue) else { return false }
            return MatrixFieldwise.same(lhs.nested, rhs.nested)
        }
    }
}

nonisolated extension MatrixClient {
    /// Echo Item
    ///
    /// Sends a Item in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/item`, synchronous, authorization required.
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
    public func echoItem(
        value: Item,
        optionalValue: Item? = nil,
        nullableValue: Item? = nil,
        outsideValue: Item? = nil
    ) async throws -> EchoItem.Response {
        try await echoItem(
            EchoItem.Request(
                value: value,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo Item
    ///
    /// Sends a Item in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/item`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoItem(
        _ request: EchoItem.Request
    ) async throws -> EchoItem.Response {
        let call = MatrixRequestBuilder(operation: EchoItem.operation)
        call.jsonBody = MatrixJSONBody { body in
            try body.encodeObject(forKey: "echoItem") { wrapped in
                try wrapped.encodeValue(request.value, forKey: "value")
                try wrapped.encodeValue(request.optionalValue, forKey: "optionalValue")
                try wrapped.encodeValue(request.nullableValue, forKey: "nullableValue")
            }
            try body.encodeValue(request.outsideValue, forKey: "outsideValue")
        }
        return try await perform(call)
    }
}
