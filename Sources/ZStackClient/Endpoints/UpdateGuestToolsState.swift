import HTTPTypes

/// Update Guest Tools State
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state`, synchronous, authorization required.
///
/// Category: Compute Management › VM Related Interfaces
///
/// - Since: 4.6.21
public nonisolated enum UpdateGuestToolsState {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateGuestToolsState",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// Virtual Machine UUID
        public let vmInstanceUuid: String

        /// System Tags
        public let systemTags: [String]?

        /// User Tags
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: Virtual Machine UUID
        ///   - systemTags: System Tags
        ///   - userTags: User Tags
        public init(vmInstanceUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.vmInstanceUuid = vmInstanceUuid
            self.systemTags = systemTags
            self.userTags = userTags
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
            guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// On success, this API returns the following response structure.
    public final class Response: Codable, Sendable, Equatable {
        /// 操作是否成功。
        public let success: Bool?

        /// Error code. If not null, the operation failed. When the operation succeeds, this field is null. For details,
        /// see error
        public let error: ErrorCode?

        /// For details, see inventory
        public let inventory: GuestToolsStateInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: 操作是否成功。
        ///   - error: Error code. If not null, the operation failed. When the operation succeeds, this field is null.
        ///     For details, see error
        ///   - inventory: For details, see inventory
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: GuestToolsStateInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventory = try object.optionalValue(GuestToolsStateInventory.self, forKey: "inventory")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventory, forKey: "inventory")
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
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            return ZStackFieldwise.same(lhs.inventory, rhs.inventory)
        }
    }
}

nonisolated extension ZStackClient {
    /// Update Guest Tools State
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state`, synchronous, authorization required.
    ///
    /// - Since: 4.6.21
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: Virtual Machine UUID
    ///   - systemTags: System Tags
    ///   - userTags: User Tags
    /// - Returns: On success, this API returns the following response structure.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func updateGuestToolsState(
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> UpdateGuestToolsState.Response {
        try await updateGuestToolsState(
            UpdateGuestToolsState.Request(vmInstanceUuid: vmInstanceUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// Update Guest Tools State
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state`, synchronous, authorization required.
    ///
    /// - Since: 4.6.21
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: On success, this API returns the following response structure.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func updateGuestToolsState(
        _ request: UpdateGuestToolsState.Request
    ) async throws -> UpdateGuestToolsState.Response {
        let call = ZStackRequestBuilder(operation: UpdateGuestToolsState.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call)
    }
}
