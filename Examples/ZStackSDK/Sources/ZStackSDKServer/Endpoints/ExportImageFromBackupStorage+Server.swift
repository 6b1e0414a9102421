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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "exportImageFromBackupStorage"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var imageUuid: String?
            var exportFormat: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case imageUuid = "imageUuid"
                case exportFormat = "exportFormat"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
