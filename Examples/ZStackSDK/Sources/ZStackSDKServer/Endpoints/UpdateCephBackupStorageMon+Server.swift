import ZStackSDK

/// The server side of ``UpdateCephBackupStorageMon``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/backup-storage/ceph/mons/{monUuid}/actions`, asynchronous.
nonisolated enum UpdateCephBackupStorageMonServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateCephBackupStorageMon.operation,
            bodyWrapper: "updateCephBackupStorageMon"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateCephBackupStorageMon.Request(
                monUuid: try call.pathParameter("monUuid", as: String.self),
                hostname: body.wrapped?.hostname,
                sshUsername: body.wrapped?.sshUsername,
                sshPassword: body.wrapped?.sshPassword,
                sshPort: body.wrapped?.sshPort,
                monPort: body.wrapped?.monPort,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateCephBackupStorageMon(request) }
        }
    }

    /// The JSON body of a request: `{"updateCephBackupStorageMon": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateCephBackupStorageMon")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let hostname: String?
            let sshUsername: String?
            let sshPassword: String?
            let sshPort: Int?
            let monPort: Int?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.hostname = try object.optionalValue(String.self, forKey: "hostname")
                self.sshUsername = try object.optionalValue(String.self, forKey: "sshUsername")
                self.sshPassword = try object.optionalValue(String.self, forKey: "sshPassword")
                self.sshPort = try object.optionalValue(Int.self, forKey: "sshPort")
                self.monPort = try object.optionalValue(Int.self, forKey: "monPort")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
