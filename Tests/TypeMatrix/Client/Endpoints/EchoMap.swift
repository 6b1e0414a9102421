import HTTPTypes

/// Echo Map
///
/// Sends a Map in every position it may take; the echo server answers with its inputs.
///
/// `PUT /matrix/v1/echo/map`, synchronous, authorization required.
///
/// Category: Matrix › Echo
///
/// - Since: 1.0
public nonisolated enum EchoMap {
    /// The endpoint's static description.
    public static var operation: MatrixOperation {
        MatrixOperation(
            id: "EchoMap",
            method: .put,
            pathTemplate: "/matrix/v1/echo/map",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The value in the query.
        public let queryValue: MatrixJSONValue

        /// The value inside the wrapper.
        public let value: MatrixJSONValue

        /// An optional value in the query.
        public let optionalQueryValue: MatrixJSONValue?

        /// An optional value inside the wrapper.
        public let optionalValue: MatrixJSONValue?

        /// A nullable value inside the wrapper.
        public let nullableValue: MatrixJSONValue?

        /// The value beside the wrapper.
        public let outsideValue: MatrixJSONValue?

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
            queryValue: MatrixJSONValue,
            value: MatrixJSONValue,
            optionalQueryValue: MatrixJSONValue? = nil,
            optionalValue: MatrixJSONValue? = nil,
            nullableValue: MatrixJSONValue? = nil,
            outsideValue: MatrixJSONValue? = nil
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
    ///
    /// A ``NestedReply`` of ``EchoMapNested``: the replies that differ only in that type share one generic type.
    public typealias Response = NestedReply<EchoMapNested>
}

nonisolated extension MatrixClient {
    /// Echo Map
    ///
    /// Sends a Map in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map`, synchronous, authorization required.
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
    public func echoMap(
        queryValue: MatrixJSONValue,
        value: MatrixJSONValue,
        optionalQueryValue: MatrixJSONValue? = nil,
        optionalValue: MatrixJSONValue? = nil,
        nullableValue: MatrixJSONValue? = nil,
        outsideValue: MatrixJSONValue? = nil
    ) async throws -> EchoMap.Response {
        try await echoMap(
            EchoMap.Request(
                queryValue: queryValue,
                value: value,
                optionalQueryValue: optionalQueryValue,
                optionalValue: optionalValue,
                nullableValue: nullableValue,
                outsideValue: outsideValue
            )
        )
    }

    /// Echo Map
    ///
    /// Sends a Map in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixAPIError`` when the server reports a failure, ``MatrixClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func echoMap(
        _ request: EchoMap.Request
    ) async throws -> EchoMap.Response {
        let call = MatrixRequestBuilder(operation: EchoMap.operation)
        call.appendQueryObject("queryValue", value: request.queryValue)
        call.appendQueryObject("optionalQueryValue", value: request.optionalQueryValue)
        call.jsonBody = MatrixJSONBody { body in
            try body.encodeObject(forKey: "echoMap") { wrapped in
                try wrapped.encodeValue(request.value, forKey: "value")
                try wrapped.encodeValue(request.optionalValue, forKey: "optionalValue")
                try wrapped.encodeValue(request.nullableValue, forKey: "nullableValue")
            }
            try body.encodeValue(request.outsideValue, forKey: "outsideValue")
        }
        return try await perform(call)
    }
}
