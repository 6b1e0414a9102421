public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeImageState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeImageStateExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "d8e5f3a36e5647e97945e109ba3a2122",
            "name": "name",
            "description": "description",
            "state": "state",
            "status": "status",
            "size": 1,
            "actualSize": 1,
            "md5Sum": "md5Sum",
            "url": "url",
            "mediaType": "mediaType",
            "guestOsType": "guestOsType",
            "type": "type",
            "platform": "platform",
            "architecture": "architecture",
            "format": "format",
            "system": true,
            "virtio": true,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "backupStorageRefs": [
              {
                "imageUuid": "c10ec9624c5d19a10dc95f88e2e13213",
                "backupStorageUuid": "7469d2b683553d87f39db4f8225d46af",
                "installPath": "installPath",
                "exportUrl": "exportUrl",
                "exportMd5Sum": "exportMd5Sum",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeImageState(
        _ request: ChangeImageState.Request
    ) async throws -> ChangeImageState.Response {
        try Self.example(ChangeImageState.Response.self, json: Self.changeImageStateExample)
    }
}
