import HTTPTypes

/// 获取云主机控制台地址(GetVmConsoleAddress)
///
/// 获取云主机控制台地址和访问协议
///
/// >该API应该仅仅用于调试目的
///
/// `GET /zstack/v1/vm-instances/{uuid}/console-addresses`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmConsoleAddress {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetVmConsoleAddress",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/{uuid}/console-addresses",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``GetVmBootOrder/Request``: the inputs are the same.
    public typealias Request = GetVmBootOrder.Request

    /// 云主机控制台地址
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 云主机运行物理机IP
        public let hostIp: String?

        /// 云主机控制台端口
        public let port: Int?

        /// 云主机控制台协议，vnc或spice或vncAndSpice
        public let `protocol`: String?

        /// vdi端口号信息
        public let vdiPortInfo: VdiPortInfo?

        /// 操作是否成功
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - hostIp: 云主机运行物理机IP
        ///   - port: 云主机控制台端口
        ///   - protocol: 云主机控制台协议，vnc或spice或vncAndSpice
        ///   - vdiPortInfo: vdi端口号信息
        ///   - success: 操作是否成功
        public init(
            error: ErrorCode? = nil,
            hostIp: String? = nil,
            port: Int? = nil,
            protocol: String? = nil,
            vdiPortInfo: VdiPortInfo? = nil,
            success: Bool? = nil
        ) {
            self.error = error
            self.hostIp = hostIp
            self.port = port
            self.protocol = `protocol`
            self.vdiPortInfo = vdiPortInfo
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.hostIp = try object.optionalValue(String.self, forKey: "hostIp")
            self.port = try object.optionalValue(Int.self, forKey: "port")
            self.protocol = try object.optionalValue(String.self, forKey: "protocol")
            self.vdiPortInfo = try object.optionalValue(VdiPortInfo.self, forKey: "vdiPortInfo")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.hostIp, forKey: "hostIp")
            try object.encodeValue(self.port, forKey: "port")
            try object.encodeValue(self.protocol, forKey: "protocol")
            try object.encodeValue(self.vdiPortInfo, forKey: "vdiPortInfo")
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
            guard ZStackFieldwise.same(lhs.hostIp, rhs.hostIp) else { return false }
            guard ZStackFieldwise.same(lhs.port, rhs.port) else { return false }
            guard ZStackFieldwise.same(lhs.protocol, rhs.protocol) else { return false }
            guard ZStackFieldwise.same(lhs.vdiPortInfo, rhs.vdiPortInfo) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取云主机控制台地址(GetVmConsoleAddress)
    ///
    /// 获取云主机控制台地址和访问协议
    ///
    /// >该API应该仅仅用于调试目的
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/console-addresses`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 云主机控制台地址
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmConsoleAddress(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmConsoleAddress.Response {
        try await getVmConsoleAddress(
            GetVmConsoleAddress.Request(uuid: uuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取云主机控制台地址(GetVmConsoleAddress)
    ///
    /// 获取云主机控制台地址和访问协议
    ///
    /// >该API应该仅仅用于调试目的
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/console-addresses`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机控制台地址
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmConsoleAddress(
        _ request: GetVmConsoleAddress.Request
    ) async throws -> GetVmConsoleAddress.Response {
        let call = ZStackRequestBuilder(operation: GetVmConsoleAddress.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
