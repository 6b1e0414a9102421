public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetTrashOnBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getTrashOnBackupStorageExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "trashId": 1,
              "resourceUuid": "8b8ca71473106563f21a05682ec6e786",
              "storageUuid": "0975a7495d530d9512b8a6a714ff4a73",
              "storageType": "storageType",
              "resourceType": "resourceType",
              "installPath": "installPath",
              "hostUuid": "8ea900a0f6d131495555cd554624fb29",
              "isFolder": true,
              "hypervisorType": "hypervisorType",
              "size": 1,
              "trashType": "trashType",
              "createDate": "Jan 6, 2017 3:51:16 AM"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getTrashOnBackupStorage(
        _ request: GetTrashOnBackupStorage.Request
    ) async throws -> GetTrashOnBackupStorage.Response {
        try Self.example(GetTrashOnBackupStorage.Response.self, json: Self.getTrashOnBackupStorageExample)
    }
}
