import HTTPTypes

/// GetVmDeviceAddress
///
/// 获取云主机内部与云平台资源对应的设备地址
///
/// `GET /zstack/v1/vm-instances/devices`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmDeviceAddress {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetVmDeviceAddress",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/devices",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let uuid: String

        /// 资源类型
        public let resourceTypes: [GetVmDeviceAddressResourceTypes]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云主机UUID
        ///   - resourceTypes: 资源类型
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            resourceTypes: [GetVmDeviceAddressResourceTypes],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.resourceTypes = resourceTypes
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.resourceTypes, rhs.resourceTypes) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取云主机设备地址结果
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 设备地址详情
        public let addresses: [String: [ZStackJSONValue]]?

        /// The `success` field.
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - addresses: 设备地址详情
        ///   - success: The `success` field.
        public init(error: ErrorCode? = nil, addresses: [String: [ZStackJSONValue]]? = nil, success: Bool? = nil) {
            self.error = error
            self.addresses = addresses
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.addresses = try object.optionalValue([String: [ZStackJSONValue]].self, forKey: "addresses")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.addresses, forKey: "addresses")
            try object.encodeValue(self.success, forKey: "success")
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
            guard ZStackFieldwise.same(lhs.addresses, rhs.addresses) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetVmDeviceAddress
    ///
    /// 获取云主机内部与云平台资源对应的设备地址
    ///
    /// `GET /zstack/v1/vm-instances/devices`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - resourceTypes: 资源类型
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取云主机设备地址结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmDeviceAddress(
        uuid: String,
        resourceTypes: [GetVmDeviceAddressResourceTypes],
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmDeviceAddress.Response {
        try await getVmDeviceAddress(
            GetVmDeviceAddress.Request(
                uuid: uuid,
                resourceTypes: resourceTypes,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetVmDeviceAddress
    ///
    /// 获取云主机内部与云平台资源对应的设备地址
    ///
    /// `GET /zstack/v1/vm-instances/devices`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取云主机设备地址结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmDeviceAddress(
        _ request: GetVmDeviceAddress.Request
    ) async throws -> GetVmDeviceAddress.Response {
        let call = ZStackRequestBuilder(operation: GetVmDeviceAddress.operation)
        call.appendQueryItem("uuid", value: request.uuid)
        call.appendQueryItems("resourceTypes", values: ZStackRequestBuilder.texts(request.resourceTypes))
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
