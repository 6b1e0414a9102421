import HTTPTypes

/// 获取云主机SSH KEY(GetVmSshKey)
///
/// 获取一个云主机的SSH Key，该SSH key是通过SetVmSshKey设置的。
///
/// `GET /zstack/v1/vm-instances/{uuid}/ssh-keys`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmSshKey {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetVmSshKey",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/{uuid}/ssh-keys",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``GetVmBootOrder/Request``: the inputs are the same.
    public typealias Request = GetVmBootOrder.Request

    /// 云主机SSH Key
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `success` field.
        public let success: Bool?

        /// 云主机SSH Key
        public let sshKey: String?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - sshKey: 云主机SSH Key
        public init(error: ErrorCode? = nil, success: Bool? = nil, sshKey: String? = nil) {
            self.error = error
            self.success = success
            self.sshKey = sshKey
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.sshKey = try object.optionalValue(String.self, forKey: "sshKey")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.sshKey, forKey: "sshKey")
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
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.sshKey, rhs.sshKey)
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取云主机SSH KEY(GetVmSshKey)
    ///
    /// 获取一个云主机的SSH Key，该SSH key是通过SetVmSshKey设置的。
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/ssh-keys`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 云主机SSH Key
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmSshKey(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmSshKey.Response {
        try await getVmSshKey(
            GetVmSshKey.Request(uuid: uuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取云主机SSH KEY(GetVmSshKey)
    ///
    /// 获取一个云主机的SSH Key，该SSH key是通过SetVmSshKey设置的。
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/ssh-keys`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机SSH Key
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmSshKey(
        _ request: GetVmSshKey.Request
    ) async throws -> GetVmSshKey.Response {
        let call = ZStackRequestBuilder(operation: GetVmSshKey.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
