public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetTrashOnPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getTrashOnPrimaryStorageExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "trashId": 1,
              "resourceUuid": "3dd61aa3f008c40c919cb052d5401c9d",
              "storageUuid": "a5b0c415a74b0b8c53dc17202f68629f",
              "storageType": "storageType",
              "resourceType": "resourceType",
              "installPath": "installPath",
              "hostUuid": "ab09c0a97cd70b4e785923a8d5406ab2",
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
    public func getTrashOnPrimaryStorage(
        _ request: GetTrashOnPrimaryStorage.Request
    ) async throws -> GetTrashOnPrimaryStorage.Response {
        try Self.example(GetTrashOnPrimaryStorage.Response.self, json: Self.getTrashOnPrimaryStorageExample)
    }
}
