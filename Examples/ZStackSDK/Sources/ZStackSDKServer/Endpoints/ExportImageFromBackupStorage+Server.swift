import ZStackSDK

/// The server side of ``ExportImageFromBackupStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/backup-storage/{backupStorageUuid}/actions`, asynchronous.
nonisolated enum ExportImageFromBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ExportImageFromBackupStorage.operation,
            bodyWrapper: "exportImageFromBackupStorage"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ExportImageFromBackupStorage.Request(
                backupStorageUuid: try call.pathParameter("backupStorageUuid", as: String.self),
                imageUuid: try call.required(
                    body.wrapped?.imageUuid,
                    .bodyField("exportImageFromBackupStorage.imageUuid")
                ),
                exportFormat: body.wrapped?.exportFormat,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.exportImageFromBackupStorage(request) }
        }
    }

    /// The JSON body of a request: `{"exportImageFromBackupStorage": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "exportImageFromBackupStorage")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let imageUuid: String?
            let exportFormat: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.imageUuid = try object.optionalValue(String.self, forKey: "imageUuid")
                self.exportFormat = try object.optionalValue(String.self, forKey: "exportFormat")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
