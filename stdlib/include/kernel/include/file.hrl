%% kernel/include/file.hrl as minierl ships it: the records file:read_file_info/1,2 and
%% file:open/2 (raw) return. Field order is OTP's, so the tuples are the same.

-record(file_info,
        {size, type, access, atime, mtime, ctime, mode, links,
         major_device, minor_device, inode, uid, gid}).

-record(file_descriptor, {module, data}).
